# Arithmetic and comparisons with inf, -inf, nan and signed zeros.
inf, nan = float("inf"), float("nan")
print(inf + inf, inf - inf, inf * -1, inf / inf, 0 * inf, inf // 1, inf % 2, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan < 1, nan > 1, max(nan, 1), max(1, nan), min(nan, 1))
print(-0.0 == 0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0))
print(divmod(5.0, inf), divmod(-5.0, inf), 5.0 % -inf, -5.0 // inf)
print(inf > 10 ** 1000, -inf < -(10 ** 1000), inf == 10 ** 1000)
try:
    inf // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
