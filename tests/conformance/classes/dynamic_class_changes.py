# Methods and attributes added or replaced on a class affect existing instances.
class C:
    def hello(self):
        return "hello"
c = C()
C.hello = lambda self: "patched"
C.extra = property(lambda self: "extra prop")
print(c.hello(), c.extra)
def new_method(self, x):
    return x * 2
C.double = new_method
print(c.double(4))
del C.hello
try:
    c.hello()
except AttributeError as e:
    print(type(e).__name__, e)
c.__class__ = type("Other", (), {"hello": lambda self: "other class"})
print(c.hello(), type(c).__name__)
