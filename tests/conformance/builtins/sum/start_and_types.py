# sum preserves int precision and uses __add__/__radd__ of custom types.
print(sum([10 ** 30, 1, -(10 ** 30)]), sum([True] * 3), type(sum([1.0])).__name__, sum([], 0.0), sum([1, 2], start=0.5))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.v)
print(sum([V(1), V(2), V(3)]).v, sum([V(1)], V(10)).v)
print(sum(range(10 ** 6)))
