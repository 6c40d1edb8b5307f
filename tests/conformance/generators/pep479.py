# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def gen():
    yield 1
    raise StopIteration("inside")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def ok():
    it = iter([1])
    for x in it:
        yield x
    return
print(list(ok()))
