# abs of custom numeric types and of bool/complex edge cases.
class Money:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Money(abs(self.v))
    def __repr__(self):
        return f"Money({self.v})"
print(abs(Money(-5)), abs(complex(-3, -4)), abs(-0j), abs(complex("inf-1j")), abs(False), type(abs(True)).__name__)
class BadAbs:
    __abs__ = None
try:
    abs(BadAbs())
except TypeError as e:
    print(type(e).__name__, e)
