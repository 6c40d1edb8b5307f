# Comparison methods written in Python, which the interpreter runs as inline frames:
# results of any type, NotImplemented falling back to the reflected method and then to
# identity or TypeError, object.__ne__ inverting __eq__, subclasses whose reflected
# method goes first, exceptions and tracebacks through them, and recursion.
import sys


class Version:
    def __init__(self, number):
        self.number = number

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.number < other.number

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.number > other.number

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.number == other.number

    def __repr__(self):
        return f"Version({self.number})"


a, b = Version(1), Version(2)
for _ in range(2):
    print(a < b, b < a, a > b, a == b, a != b, a == Version(1), a != Version(1))
    print(a == 1, a != 1, 1 == a, 1 != a, a == a)
    try:
        a < 1
    except TypeError as error:
        print("TypeError:", error)
    print(sorted([Version(3), a, b]), max(a, b), min([b, a]))
    print([x for x in (a, b) if x < b])


class Loud(Version):
    def __gt__(self, other):
        print("  Loud.__gt__ first")
        return True


print(a < Loud(5))  # right is a subclass with the reflected method: it goes first
print(Loud(5) < a)


class Weird:
    def __lt__(self, other):
        return "not a bool"

    def __eq__(self, other):
        return [1]  # truthy: != is False

    def __le__(self, other, *extra):  # not the plain form: the general path
        return ("le", extra)


w = Weird()
print(w < w, w == w, w != w, w <= w)
if w < w:
    print("a str is true")


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


class ReturnsFalsy:
    def __eq__(self, other):
        return Falsy()


try:
    ReturnsFalsy() != ReturnsFalsy()
except ValueError as error:
    print("ValueError from __ne__:", error)


class Raising:
    def __lt__(self, other):
        raise KeyError("inside __lt__")


def compare():
    return Raising() < Raising()


try:
    compare()
except KeyError as error:
    print("KeyError:", error, error.__traceback__.tb_next.tb_frame.f_code.co_name,
          error.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)


class Deep:
    def __init__(self, depth):
        self.depth = depth

    def __lt__(self, other):
        if self.depth == 0:
            return True
        return Deep(self.depth - 1) < other


print(Deep(50) < Deep(0))
try:
    Deep(sys.getrecursionlimit() + 10) < Deep(0)
except RecursionError as error:
    print("RecursionError:", error)


class Both:
    def __eq__(self, other):
        return NotImplemented


x = Both()
print(x == x, x != x, x == Both(), x != Both())


class Chained:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __le__(self, other):
        return self.n <= other.n


c1, c2, c3 = Chained(1), Chained(2), Chained(3)
print(c1 < c2 < c3, c1 < c3 < c2, c1 <= c1 <= c2)
total = 0
for i in range(1000):
    if Chained(i) < c3:
        total += 1
print(total)
