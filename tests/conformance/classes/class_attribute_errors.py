# AttributeError messages for classes, instances and modules-like objects.
class C:
    __slots__ = ()
for target, name in ((C, "x"), (C(), "x"), (type, "nope"), (object(), "y")):
    try:
        getattr(target, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    C().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().y = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
