# Integer powers including negative exponents and three-argument pow.
print(2 ** 0, 2 ** 64, (-3) ** 3, 10 ** -2, (-2) ** -3, 0 ** 5, 1 ** 10 ** 10)
print(pow(2, 100, 1000), pow(7, -1, 13), pow(-2, 3, 5), pow(2, 3, -5), pow(38, -1, 97))
for args in ((2, -1, 4), (2, 1, 0), (2.0, 1, 3), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
