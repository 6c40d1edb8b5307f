# str of exception groups counts sub-exceptions; nested groups keep structure.
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2)])])
print(str(eg), repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(eg.exceptions[1].exceptions, len(eg.exceptions))
class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [TypeError("t"), ValueError("v")])
m, r = g.split(TypeError)
print(type(m).__name__, type(r).__name__)
