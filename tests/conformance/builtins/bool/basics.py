# bool() constructor, singleton values and the bool type's restrictions.
print(bool(), bool(0), bool(1), bool("x"), bool([]), bool(None), bool(0.0), bool(-0.0), bool(1j))
print(True is bool(1), repr(True), str(False), type(True), isinstance(True, int))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__base__, issubclass(bool, int))
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.imag, True.numerator, False.denominator)
