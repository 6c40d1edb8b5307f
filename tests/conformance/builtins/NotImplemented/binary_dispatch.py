# Returning NotImplemented lets Python try the reflected operation.
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled"
    def __gt__(self, other):
        print("B.__gt__")
        return "B gt"
print(A() + B())
print(A() < B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
