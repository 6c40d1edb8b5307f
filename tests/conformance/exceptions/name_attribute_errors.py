# NameError.name and AttributeError.name/obj attributes.
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e, e.name)
class C:
    pass
c = C()
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is c)
e = AttributeError("msg", name="n", obj=5)
print(e.name, e.obj, e.args)
e = NameError("m", name="x")
print(e.name)
