# Methods resolve along the MRO; attributes in the instance dict come first.
class A:
    def f(self): return "A.f"
    def g(self): return "A.g"
class B(A):
    def f(self): return "B.f"
class C(A):
    def f(self): return "C.f"
    def g(self): return "C.g"
class D(B, C):
    pass
d = D()
print(d.f(), d.g(), D.__mro__.index(C), [c.__name__ for c in type(d).__mro__])
