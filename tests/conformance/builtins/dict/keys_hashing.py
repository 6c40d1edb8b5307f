# Keys that compare equal collide: 1, 1.0 and True share one entry.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "a", -0.0: "b", False: "c"}
print(d2)
print({(1, 2): 1}[(1, 2)], {frozenset({1}): "fs"}[frozenset([1])])
nan = float("nan")
d3 = {nan: 1}
print(d3[nan], float("nan") in d3)
for bad in ([], {}, set()):
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
