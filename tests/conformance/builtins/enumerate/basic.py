# enumerate with start values and over various iterables; errors.
print(list(enumerate("abc")), list(enumerate([10, 20], 1)), list(enumerate(range(3), start=-2)))
print(list(enumerate({}, 5)), list(enumerate((x * x for x in range(3)), 10 ** 20)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__, iter(e) is e)
for args in ((5,), ([1], "a"), ()):
    try:
        enumerate(*args)
    except TypeError as err:
        print(args, type(err).__name__, err)
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
