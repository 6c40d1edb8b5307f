# Calling a class: the plain case (object.__new__ with a Python __init__) and every way a
# class can leave it: __init__ with defaults, keywords, *args/**kwargs; __init__ returning
# a value, raising, recursing too deep or rebinding self; classes with their own __new__,
# a metaclass __call__, a builtin base, __init__ replaced or deleted after first use,
# and an __init__ that is a generator function.
import sys


class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label


p = Point(1)
q = Point(2, 3, label="q")
print(p.x, p.y, p.label, q.x, q.y, q.label, type(p).__name__)


class Flexible:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


f = Flexible(1, 2, a=3)
print(f.args, sorted(f.kwargs.items()))
print(Flexible(*[4, 5], **{"b": 6}).args)


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as error:
    print("TypeError:", error)


class Raises:
    def __init__(self, value):
        if value < 0:
            raise ValueError("negative: %d" % value)
        self.value = value


for value in (1, -1):
    try:
        print(Raises(value).value)
    except ValueError as error:
        print("ValueError:", error)

try:
    Point()
except TypeError as error:
    print("TypeError:", error)
try:
    Point(1, 2, 3)
except TypeError as error:
    print("TypeError:", error)
try:
    Point(1, z=2)
except TypeError as error:
    print("TypeError:", error)


class Rebinds:
    def __init__(self):
        self.before = 1
        self = None


print(vars(Rebinds()))


class Deep:
    def __init__(self, depth):
        self.child = Deep(depth + 1)


try:
    Deep(0)
except RecursionError as error:
    print("RecursionError:", error)


class Caller:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name


def make_caller():
    return Caller()


print(make_caller().caller)


class WithNew:
    def __new__(cls, value):
        instance = super().__new__(cls)
        instance.made_by_new = value
        return instance

    def __init__(self, value):
        self.value = value * 2


w = WithNew(5)
print(w.made_by_new, w.value)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Managed(metaclass=Meta):
    def __init__(self, value):
        self.value = value


print(Managed(7).value)


class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


m = MyList([1, 2], "t")
print(m, m.tag, len(m))


class Changing:
    def __init__(self):
        self.version = 1


print(Changing().version)


def second_init(self):
    self.version = 2


Changing.__init__ = second_init
print(Changing().version)
del Changing.__init__
print(vars(Changing()))
try:
    Changing(1)
except TypeError as error:
    print("TypeError:", error)


class GeneratorInit:
    def __init__(self):
        yield 1


try:
    GeneratorInit()
except TypeError as error:
    print("TypeError:", error)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, 2)
print(s.a, s.b)

instances = [Point(i, i * i) for i in range(5)]
print([point.y for point in instances])
print(sys.getrefcount(Point) > 1)
