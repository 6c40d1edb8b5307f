# getattr, setattr, hasattr and delattr with defaults and errors.
class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"))
for call in (lambda: getattr(c, "nope"), lambda: getattr(c, 5), lambda: setattr(c, 5, 1), lambda: delattr(c, "nope"),
             lambda: setattr(1, "x", 2), lambda: getattr(c), lambda: delattr(C, "nope")):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
