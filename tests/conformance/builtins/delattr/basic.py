# delattr() on instance and class attributes, with errors.
class C:
    cls_attr = 1
c = C()
c.x = 1
delattr(c, "x")
print(hasattr(c, "x"), c.cls_attr)
delattr(C, "cls_attr")
print(hasattr(c, "cls_attr"))
for target, name in ((c, "x"), (c, 5), (1, "real"), (C, "missing")):
    try:
        delattr(target, name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
