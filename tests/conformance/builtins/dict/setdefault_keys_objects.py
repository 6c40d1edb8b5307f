# Keys that are custom objects with __eq__/__hash__ collide as expected.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
d = {}
for i in range(6):
    d.setdefault(K(i), []).append(i)
print(d)
print(d[K(4)], K(7) in d)
