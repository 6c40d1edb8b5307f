# Builtin numeric types return NotImplemented for unknown operands.
print((1).__add__(1.5), (1.5).__radd__(1), (1).__add__("x"), (1.5).__mul__("x"))
print(int.__eq__(1, 1.0), (2).__lt__(3), (2).__mul__("ab"), "ab".__mul__(2), "ab".__rmul__(3))
class Num:
    def __radd__(self, other):
        return f"Num.__radd__({other})"
    def __rsub__(self, other):
        return f"Num.__rsub__({other})"
print(1 + Num(), 2.5 - Num(), (1 + 2j) + Num())
