# Rich comparisons, reflection and defaults of == and !=.
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, R) and self.v == o.v
a, b = R(1), R(2)
print(a < b, b > a, a == R(1), a != b)
print(a == 1, a != 1)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain())
