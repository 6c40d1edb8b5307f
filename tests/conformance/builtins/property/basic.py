# property objects: getter/setter/deleter copies and attributes.
class C:
    def __init__(self):
        self._v = 0
    def get(self):
        return self._v
    def set(self, v):
        self._v = v
    v = property(get)
    v2 = v.setter(set)
c = C()
print(c.v, C.v.fset, C.v2.fset is C.set, C.v is not C.v2)
c.v2 = 5
print(c.v, c.v2)
try:
    c.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(property.__name__, type(C.v).__name__, C.v.__get__(None, C) is C.v, C.v.__get__(c))
p = property(doc="only doc")
print(p.__doc__, p.fget)
