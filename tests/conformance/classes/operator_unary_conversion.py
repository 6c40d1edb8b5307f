# Unary operators and numeric conversion special methods.
class V:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __round__(self, n=None): return f"round {n}"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __bool__(self): return False
v = V()
print(-v, +v, ~v, abs(v), int(v), float(v), complex(v), round(v), round(v, 2))
print([10, 20, 30, 40][v], bin(v), hex(v), oct(v), "ab" * v, range(v), bool(v), not v)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
