# Slots across inheritance and default values via class attributes are not allowed.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, B.__slots__, A.__slots__)
try:
    b.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(b) if not n.startswith("__")))
