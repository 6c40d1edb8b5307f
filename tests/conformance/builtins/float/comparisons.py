# Float comparisons with ints, bools and huge values are exact.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1.0 == 1, 1.0 == True)
print(2.0 ** 53 == 2 ** 53, 2.0 ** 53 == 2 ** 53 + 1, 2.0 ** 53 < 2 ** 53 + 1, float(2 ** 53 + 1) == 2 ** 53)
print(sorted([1, 0.5, -2, 3.0, True, -0.0, 0]))
print(1e308 < 10 ** 309, 1e308 * 10 > 10 ** 309)
