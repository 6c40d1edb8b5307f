# divmod on ints and floats, and its errors.
for a, b in ((7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2 ** 100, 3), (0, 5), (True, 2)):
    print(a, b, divmod(a, b))
for args in ((1, 0), (1.0, 0), (1, 1j), ("a", 1)):
    try:
        divmod(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(args, type(e).__name__, e)
class D:
    def __divmod__(self, other):
        return "custom", other
    def __rdivmod__(self, other):
        return "reflected", other
print(divmod(D(), 1), divmod(1, D()))
