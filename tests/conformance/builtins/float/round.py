# round() on floats: ties to even, ndigits, and correctly rounded decimal cases.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 0.5, 123.456, -123.456):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0), type(round(v)).__name__)
print(round(1e300, -300), round(5e-324, 400), round(float("inf"), 2))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
