# next() with and without default, and on non-iterators.
it = iter("ab")
print(next(it), next(it), next(it, None), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
for arg in ([1, 2], 5, "abc"):
    try:
        next(arg)
    except TypeError as e:
        print(type(e).__name__, e)
g = (x for x in [1])
print(next(g), next(g, "gen done"))
