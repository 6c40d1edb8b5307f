# super() with zero arguments, two arguments and in class methods.
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
c = C()
print(c.who(), C.cm(), super(C, c).who(), super(C, C).cm())
class D(A):
    def __init__(self):
        self.inner = lambda: super(D, self).who()
print(D().inner())
try:
    super(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
