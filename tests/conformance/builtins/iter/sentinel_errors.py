# The callable-iterator stops at the sentinel and propagates errors.
calls = iter([1, 2, StopIteration, 3])
def source():
    v = next(calls)
    if v is StopIteration:
        raise StopIteration
    return v
print(list(iter(source, None)))
def failing():
    raise KeyError("inside callable")
try:
    next(iter(failing, None))
except KeyError as e:
    print(type(e).__name__, e)
it = iter(lambda: 1, 1)
print(list(it), next(it, "exhausted"))
