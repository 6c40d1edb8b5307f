# Class definition, instantiation, attributes and methods.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__)
print(type(p) is Point, isinstance(p, Point), type(p).__name__, Point.__module__)
print(vars(p), p.__dict__)
p.z = 5
print(sorted(vars(p)))
print(Point.__qualname__, Point.__bases__, type(Point))
