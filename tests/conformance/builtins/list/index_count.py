# index with start/stop bounds and count with equality semantics.
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.index(2, 2), a.index(2, -3), a.index(1, 1, 5), a.count(2), a.count(1), a.count("x"))
try:
    a.index(2, 6)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].index(None)
except ValueError as e:
    print(type(e).__name__, e)
nan = float("nan")
print([nan].count(nan), [nan].index(nan), [float("nan")].count(float("nan")))
