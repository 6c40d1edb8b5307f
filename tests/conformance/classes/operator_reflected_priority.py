# A subclass's reflected method is tried first when it overrides the parent's.
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base(), 1 + Base())
class NotImpl:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    NotImpl() + NotImpl()
except TypeError as e:
    print(type(e).__name__, e)
class Right:
    def __radd__(self, other):
        return f"Right.__radd__({type(other).__name__})"
print(NotImpl() + Right(), "s" + Right(), [1] + Right())
