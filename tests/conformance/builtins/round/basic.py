# round() with and without ndigits for ints, floats and custom objects.
print(round(2.5), round(3.5), round(-0.5), round(0.1 + 0.2, 1), round(1234.5678, -2), round(5, 2), round(2.675, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__, round(1e20), round(-7.5))
class R:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)
print(round(R()), round(R(), 3), round(R(), None))
for args in (("1.5",), (1.5, "1"), (None,)):
    try:
        round(*args)
    except TypeError as e:
        print(type(e).__name__, e)
