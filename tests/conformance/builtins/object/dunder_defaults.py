# object's default dunder methods behave predictably.
class C:
    pass
c = C()
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, 1), object.__lt__(c, c))
print(object.__format__(c, "") == str(c), object.__sizeof__(c) > 0, C.__init_subclass__() is None)
print(object.__getattribute__(c, "__class__") is C, object.__subclasshook__(), object.__reduce_ex__(c, 2)[0].__name__)
try:
    object.__format__(c, "x")
except TypeError as e:
    print(type(e).__name__, e)
object.__setattr__(c, "attr", 1)
print(object.__getattribute__(c, "attr"))
object.__delattr__(c, "attr")
print(hasattr(c, "attr"))
