# type(name, bases, namespace) builds classes with methods and qualnames.
Point = type("Point", (object,), {"__init__": lambda self, x: setattr(self, "x", x), "double": lambda self: self.x * 2, "__qualname__": "Outer.Point"})
p = Point(4)
print(p.double(), Point.__name__, Point.__qualname__, Point.__module__, type(Point))
Sub = type("Sub", (Point,), {})
print(Sub(1).double(), Sub.__mro__)
for args in (("N", (), {"__slots__": ("a",)}),):
    k = type(*args)
    print(k.__slots__, hasattr(k(), "__dict__"))
for args in ((1, (), {}), ("N", [], {}), ("N", (), []), ("N", (5,), {})):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
