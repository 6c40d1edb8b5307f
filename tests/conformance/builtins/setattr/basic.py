# setattr() on instances, classes and objects that refuse attributes.
class C:
    pass
c = C()
setattr(c, "x", 1)
setattr(C, "shared", "class level")
print(c.x, c.shared, C.shared)
setattr(c, "shared", "instance level")
print(c.shared, C.shared)
class P:
    @property
    def ro(self):
        return 1
for target, name, value in ((1, "x", 0), ("s", "upper", 0), (P(), "ro", 2), (c, 1, 0), (object(), "a", 1)):
    try:
        setattr(target, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    setattr(c, "x")
except TypeError as e:
    print(type(e).__name__, e)
