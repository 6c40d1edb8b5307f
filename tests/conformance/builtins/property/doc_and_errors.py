# property docstrings come from the getter; errors name the attribute in 3.11.
class C:
    @property
    def x(self):
        "X docstring."
        return 1
    y = property(lambda self: 2, doc="explicit doc")
print(C.x.__doc__, C.y.__doc__)
c = C()
for action in (lambda: setattr(c, "x", 1), lambda: delattr(c, "x"), lambda: setattr(c, "y", 1)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    property(1)(None)
except TypeError as e:
    print(type(e).__name__, e)
