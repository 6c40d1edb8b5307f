# sorted returns a new list and accepts key and reverse keywords only.
data = [5, 2, 8, 1]
out = sorted(data)
print(out, data, sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1)), sorted([], reverse=True))
print(sorted(["b", "A", "c"], key=str.lower, reverse=True), sorted([(1, "b"), (1, "a")]), sorted([-3, 2, -1], key=abs))
for call in (lambda: sorted(5), lambda: sorted([1], lambda x: x), lambda: sorted([1, "a"]), lambda: sorted()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
