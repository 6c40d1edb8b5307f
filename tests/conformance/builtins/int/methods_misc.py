# int class attributes and operations via dunder methods.
print(int.__name__, int.__mro__, (5).__class__, type(5) is int)
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (5).__neg__(), (5).__invert__())
print((7).__floordiv__(2), (7).__mod__(2), (7).__divmod__(2), (7).__truediv__(2), (7).__pow__(2, 5))
print((5).__eq__(5), (5).__lt__(6), (5).__eq__("5"), (5).__bool__(), (0).__bool__())
print((255).__index__(), (3).__float__(), (3).__int__(), (3).__round__(-1), (15).__round__(-1), (25).__round__(-1))
print(int.__dict__["bit_length"].__name__ if "bit_length" in int.__dict__ else None)
