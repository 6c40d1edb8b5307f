# __slots__ restricts attributes and removes __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
print(hasattr(p, "y"))
class Q(P):
    pass
q = Q(1)
q.anything = 5
print(q.anything, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("z",)
r = R(1)
r.z = 9
print(r.x, r.z, hasattr(r, "__dict__"))
print(type(P.x).__name__)
