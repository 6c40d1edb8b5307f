# Float arithmetic, rounding of results and special values.
print(0.1 + 0.2, 1.1 * 3, 1 / 3, 2 / 3, 10 / 4, 1e16 + 1, 1e300 * 1e10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -0.0 % 5)
print(2.0 ** 0.5, 4 ** 0.5, (-1) ** 0.5)
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, inf + 1, -inf, nan == nan, nan != nan, inf > 1e308)
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
print(0.0 == -0.0, -0.0, 0.0 * -1)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(3 * 1.5, 3 - 0.5, 1 + 2.0, 10 // 3.0, 10 % 3.0)
