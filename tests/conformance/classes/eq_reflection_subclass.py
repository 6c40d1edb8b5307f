# == tries the subclass's __eq__ first when the right operand is a subclass.
class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return True
print(Base() == Derived())
print(Derived() == Base())
print(Base() == Base())
