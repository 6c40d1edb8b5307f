# map stops at the shortest iterable and is a one-shot iterator.
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(m))
m2 = map(str.upper, "ab")
print(iter(m2) is m2, type(m2).__name__, next(m2))
def gen():
    yield 1
    raise ValueError("source failed")
try:
    list(map(str, gen()))
except ValueError as e:
    print(type(e).__name__, e)
