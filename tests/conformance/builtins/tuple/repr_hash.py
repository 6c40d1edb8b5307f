# repr of tuples (single elements, nesting) and hash of tuples of ints.
print((), (1,), (1, 2), ((1,),), (None, "a"), ([],))
for t in ((), (1,), (1, 2), (1, 2, 3), (-1,), (0, 0), ((1, 2), 3), (2 ** 100, -5), (1.5, 2.0)):
    print(t, hash(t))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
