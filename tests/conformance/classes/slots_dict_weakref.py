# __slots__ containing __dict__ and conflicts between slots and class attributes.
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)
class Str:
    __slots__ = "single"
t = Str()
t.single = "ok"
print(t.single)
