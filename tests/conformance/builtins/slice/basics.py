# slice objects: attributes, repr, equality and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice("a", "b")))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(100, -100, -3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
print([0, 1, 2, 3, 4][slice(1, None, 2)], "abcdef"[slice(None, None, -2)])
