# __delete__ on descriptors and AttributeError when deleting read-only attributes.
class D:
    def __get__(self, obj, t=None):
        return "value"
    def __delete__(self, obj):
        print("deleted via descriptor")
class C:
    attr = D()
c = C()
del c.attr
print(c.attr)
class RO:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class E:
    x = RO()
try:
    E().x = 2
except AttributeError as e:
    print(type(e).__name__, e)
