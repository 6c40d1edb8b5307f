# Tuple, list, set and dict displays, trailing commas and nesting.
print((), (1,), (1, 2,), 1, 2)
t = 1, 2, 3
print(t, type(t))
print([], [1,], [[]], [[1], [2, [3]]])
print({1, 2, 2, 3}, set(), {(1, 2)})
print({}, {1: "a", 2: "b",}, {1: 1, 1: 2}, {True: "t", 1: "one"})
print(type({}), type({1}), (1) == 1, (1,) == 1)
print({"a": [1, 2], "b": {"c": (3,)}})
