# property() called directly, and property objects' attributes.
class C:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "the x")
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.x.fget is C.get_x, C.x.fdel)
p = property()
class D:
    attr = p
try:
    D().attr
except AttributeError as e:
    print(type(e).__name__, e)
class E:
    @property
    def v(self):
        return 1
    v2 = v.getter(lambda self: 2)
print(E().v, E().v2)
