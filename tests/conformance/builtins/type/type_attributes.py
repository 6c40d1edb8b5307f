# Attributes of type objects: __name__, __qualname__, __module__, __bases__, __mro__, __dict__ keys.
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__module__)
print(int.__module__, type.__module__, Outer.__bases__, Outer.Inner.__mro__)
Outer.Inner.__name__ = "Renamed"
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
Outer.Inner.__qualname__ = "Q"
print(repr(Outer.Inner))
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type.__base__, type.__mro__, type(type) is type)
