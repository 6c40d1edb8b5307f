# Augmented operators prefer __iop__ and fall back to __op__ / __rop__.
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return V(self.v + o)
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __sub__(self, o):
        print("sub")
        return V(self.v - o)
    def __rmul__(self, o):
        print("rmul")
        return V(self.v * o)
    def __repr__(self):
        return f"V({self.v})"
a = V(1)
b = a
a += 2
print(a, a is b)
a -= 1
print(a, a is b)
n = 3
n *= a
print(n)
class NoOps:
    pass
x = NoOps()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
