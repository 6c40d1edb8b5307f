# ints and bools used as indices, counts and slice bounds.
items = ["a", "b", "c"]
print(items[True], items[False], items[-True], "ab" * True, items[True:], list(range(True, 3)))
print([0] * False, "x".center(True + 4, "*"), items[int("1")])
