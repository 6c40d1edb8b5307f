# pow with two and three arguments, negative exponents and modular inverse.
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3).real > 0, pow(0, 0), pow(2, 10, 1000), pow(3, -1, 11))
print(pow(base=2, exp=5), pow(2, 5, mod=7), pow(10, 100, 13), pow(-3, 3), pow(2, 0.5))
for args in ((0, -1), (2, 3, 0), (2.0, 3, 5), (3, -1, 6), ("2", 2)):
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
