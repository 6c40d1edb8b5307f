# object() instances: no attributes can be set; equality is identity.
o = object()
print(type(o).__name__, o == o, o != object(), o.__class__ is object, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__bases__, object.__mro__, object.__name__, sorted(n for n in dir(o))[:5])
print(str(o) == repr(o), hash(o) == hash(o), bool(o))
