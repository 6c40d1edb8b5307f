# Functions stored on instances are not bound; functions on classes are.
class C:
    def m(self):
        return "method"
c = C()
c.f = lambda: "instance function"
print(c.f(), c.m())
c.m = lambda: "shadowing method"
print(c.m(), C.m(c))
C.g = lambda self: self is c
print(c.g())
print(C.__dict__["m"](c))
