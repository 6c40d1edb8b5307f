# Attribute loads, stores and deletes, and AttributeError messages.
class C:
    cls_attr = "class"
c = C()
c.x = 1
print(c.x, c.cls_attr, C.cls_attr)
c.cls_attr = "instance"
print(c.cls_attr, C.cls_attr)
del c.cls_attr
print(c.cls_attr)
for obj, name in ((c, "missing"), (C, "missing"), (1, "foo"), ("s", "bar"), (None, "x")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del c.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
