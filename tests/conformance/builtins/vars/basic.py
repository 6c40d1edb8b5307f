# vars() of instances, classes with __dict__, and objects without one.
class C:
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(vars(c), vars(c) is c.__dict__)
vars(c)["z"] = 9
print(c.z)
def f():
    local_var = 5
    return vars()
print(f())
for arg in (1, "s", [1]):
    try:
        vars(arg)
    except TypeError as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
print(type(vars(C)).__name__, "__init__" in vars(C))
