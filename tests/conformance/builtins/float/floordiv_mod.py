# Float floor division and modulo signs and precision.
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.3, 0.1), (1e300, 1e-300), (5, 0.5), (-0.0, 1.0)):
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in ((1.0, 0.0), (1, 0.0), (0.0, 0.0)):
    try:
        a % b
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
