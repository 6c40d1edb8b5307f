# max() over iterables and multiple arguments; first maximal item wins.
print(max([1, 3, 2]), max(4, 9, 2), max("zebra"), max([[1, 2], [1, 3]]), max([1, 1.0]), max([1.0, 1]))
pairs = [("a", 2), ("b", 3), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), max([], default="none"), max(["x"], default="d"), max(range(3), key=lambda x: -x))
print(max({1: "a", 5: "b"}), max(b"abc"), max([-1, -5]), max(True, 0))
