# Methods referencing the class by name and via __class__.
class C:
    def who(self):
        return __class__.__name__
    def factory(self):
        return C()
class D(C):
    pass
d = D()
print(d.who(), type(d.factory()).__name__, C.who.__closure__ is not None)
