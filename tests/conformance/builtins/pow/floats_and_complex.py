# pow with floats, negative bases and complex results.
print(pow(2.5, 2), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(4, 0.5), pow(-1, 0.5), pow(1j, 2), pow(0.0, 0))
print(pow(10, -3), pow(-2, -2), pow(2, 1023.0), pow(1.0, float("inf")), pow(float("inf"), 0))
for args in ((0.0, -1), (10.0, 400), (-0.0, -1)):
    try:
        print(pow(*args))
    except (ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)
