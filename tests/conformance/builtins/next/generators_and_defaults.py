# next() default is returned only on exhaustion, not on other errors.
def gen():
    yield 1
    raise KeyError("in generator")
g = gen()
print(next(g, "d"))
try:
    next(g, "d")
except KeyError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted now"))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom")
print(next(It(), "default used"))
