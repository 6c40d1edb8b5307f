# return in a generator sets StopIteration.value.
def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def gen_tuple():
    return (1, 2)
    yield
try:
    next(gen_tuple())
except StopIteration as e:
    print(e.value, e.args)
