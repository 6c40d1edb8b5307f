# An error raised in __init__ during instantiation.
class Point:
    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)
p = Point(1, "two")
