# Binary arithmetic special methods and their reflected forms.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
for name, op in [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
                 ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"),
                 ("or", "|"), ("xor", "^"), ("matmul", "@")]:
    def make(op, reflected):
        def method(self, other):
            o = other.v if isinstance(other, N) else other
            return N(f"({o}{op}{self.v})" if reflected else f"({self.v}{op}{o})")
        return method
    setattr(N, f"__{name}__", make(op, False))
    setattr(N, f"__r{name}__", make(op, True))
a, b = N(1), N(2)
print(a + b, a - 3, 4 * a, a / b, 5 // a, a % 6, a ** b, 7 << a, a >> 8, a & 9, 10 | a, a ^ b, a @ 1, 2 @ a)
