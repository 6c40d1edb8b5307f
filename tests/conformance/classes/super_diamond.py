# Cooperative super() calls follow the MRO through a diamond.
class Base:
    def __init__(self):
        print("Base")
class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()
Bottom()
class Mixin:
    def greet(self):
        return "mixin " + super().greet()
class Core:
    def greet(self):
        return "core"
class Combined(Mixin, Core):
    pass
print(Combined().greet())
