# Subset, superset and disjoint checks via methods and operators.
a, b = {1, 2}, {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1})
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(range(3)), a.isdisjoint([3, 4]), a.isdisjoint({2}))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
