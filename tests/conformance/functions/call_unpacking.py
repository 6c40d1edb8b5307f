# Calls with * and ** unpacking of various iterables and mappings.
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(*(1, 2), 3), f(*range(3)), f(*"\x01\x02\x03".encode()))
print(f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"c": 3, "b": 2}))
class Mapping:
    def keys(self):
        return ["a", "b", "c"]
    def __getitem__(self, k):
        return {"a": 7, "b": 8, "c": 9}[k]
print(f(**Mapping()))
def gen():
    yield 4
    yield 5
    yield 6
print(f(*gen()))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
