# Star targets in for loops and nested unpacking.
for first, *rest in [(1, 2, 3), (4,), "xyz"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ("xy", "z")]:
    print(a, b, c)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
