# StopIteration.value reflects its first argument.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
e = StopIteration("v")
print(repr(e), e.args)
e.value = "changed"
print(e.value, e.args)
print(StopAsyncIteration(3).args)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
