# Chained comparisons call each comparison method once, left to right.
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"{self.v} < {other.v}")
        return self.v < other.v
a, b, c = N(1), N(2), N(0)
print(a < b < c)
print(a < c < b)
print(c < a < b)
