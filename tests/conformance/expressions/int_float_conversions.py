# Implicit and explicit conversions between int, float and bool in arithmetic.
print(1 + 1.0, True + 1.5, 3 * True, 2 ** 0.5 * 2 ** 0.5, 10 // 4.0, type(10 // 4.0))
print(int(2.9), int(-2.9), int(1e20), round(2.5), round(3.5), round(-2.5))
print(float(2 ** 63), float(-7), float(True), 2 ** 63 == float(2 ** 63))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 1e308, 10 ** 400 == float("inf"), -10 ** 400 < -1e308)
