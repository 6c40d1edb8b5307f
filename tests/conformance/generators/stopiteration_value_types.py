# StopIteration with values of different types and in yield from.
def returns(v):
    return v
    yield
for value in (None, 0, "s", (1, 2), [3], StopIteration):
    g = returns(value)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value))
def wrapper():
    x = yield from returns((7, 8))
    yield x
print(list(wrapper()))
