# The @ operator dispatches to __matmul__/__rmatmul__/__imatmul__.
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(self.v * other.v if isinstance(other, M) else self.v * other)
    def __rmatmul__(self, other):
        return M(other * 1000 + self.v)
    def __imatmul__(self, other):
        self.v += other
        return self
    def __repr__(self):
        return f"M({self.v})"
a = M(2)
print(a @ M(3), a @ 5, 7 @ a)
a @= 10
print(a)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
