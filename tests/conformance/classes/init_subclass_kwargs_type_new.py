# Class keywords are passed to __init_subclass__ through type.__new__.
class Base:
    def __init_subclass__(cls, /, tag="none", **kw):
        cls.tag = tag
class A(Base, tag="a"):
    pass
B = type("B", (Base,), {})
print(A.tag, B.tag)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)
class C(Base, metaclass=Meta, tag="c"):
    pass
print(C.tag)
