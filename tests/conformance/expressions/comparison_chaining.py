# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
one = 1
print(1 == 1.0 == True)
print(one is not None is not False)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] not in [[5]])
print(1 < 2 > 0 != 3 == 3)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a")
