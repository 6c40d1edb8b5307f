# List comparisons are lexicographic and use == on elements.
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0])
print([1, "a"] == [1, "a"], [1.0] == [1], [[1]] < [[2]], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
