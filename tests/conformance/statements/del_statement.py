# del on names, attributes, subscripts, slices and tuples of targets.
a = 1
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(6))
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
try:
    del d["x"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
p, q = 1, 2
del (p, q)
print("p" in globals())
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
