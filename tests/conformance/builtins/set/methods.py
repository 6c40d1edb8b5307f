# Named set methods accept any iterables and multiple arguments.
a = {1, 2, 3}
print(a.union([4], (5,)), a.intersection(range(2, 10), [3, 2]), a.difference([1], {2}), a.symmetric_difference([3, 4]))
b = set(a)
b.update([10], {11})
print(b)
b.intersection_update([1, 2, 10, 99])
print(b)
b.difference_update({1})
print(b)
b.symmetric_difference_update([2, 3])
print(b)
print(a.union(), a.intersection(), a.copy() == a, a.copy() is not a)
