# A validating descriptor storing values per instance under the attribute's name.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)
class Rect:
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width = w
        self.height = h
    def area(self):
        return self.width * self.height
r = Rect(3, 4)
print(r.area(), sorted(vars(r)))
try:
    Rect(1, -2)
except ValueError as e:
    print(type(e).__name__, e)
print(type(Rect.width).__name__)
