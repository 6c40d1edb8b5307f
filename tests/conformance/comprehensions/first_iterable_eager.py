# The outermost iterable is evaluated immediately, even for generator expressions.
try:
    g = (x for x in 5)
except TypeError as e:
    print("eager:", type(e).__name__, e)
g = (x for x in [1] for y in 5)
try:
    next(g)
except TypeError as e:
    print("lazy:", type(e).__name__, e)
