# complex() from numbers, strings and objects, with error messages.
print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex("3+4j"), complex(" (1-2j) "))
print(complex("j"), complex("-j"), complex("5"), complex("1e2j"), complex("inf+nanj"), complex(2j, 1j))
print(complex(real=1, imag=2), complex(True, False))
for args in (("1+",), ("1 + 2j",), ("x",), ("1", 2), (None,), ([],), (1, "2")):
    try:
        print(args, complex(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
class C:
    def __complex__(self):
        return 1 + 1j
class F:
    def __float__(self):
        return 2.0
print(complex(C()), complex(F()), complex(F(), F()))
