# Instance attribute loads and stores stay right across objects whose __dict__s hold
# the same names in different orders, __slots__ (set, read, deleted, unset), a property
# or a slot-less class attribute added to the class later, and __getattr__ added later.
class Point:
    def __init__(self, x, y, flip=False):
        if flip:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y


def total(points):
    result = 0
    for point in points:
        result += point.x * 10 + point.y
    return result


points = [Point(index, index + 1, flip=index % 2 == 1) for index in range(6)]
print(total(points))
points[3].extra = "more"
del points[2].x
points[2].x = 100
print(total(points))
for point in points:
    point.x = point.x + 1
print(total(points))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def read_slots(items):
    out = []
    for item in items:
        try:
            out.append((item.a, item.b))
        except AttributeError as error:
            out.append(str(error))
    return out


items = [Slotted(1), Slotted(2)]
items[1].b = "set"
print(read_slots(items))
del items[1].a
print(read_slots(items))
try:
    items[0].c = 3
except AttributeError as error:
    print("AttributeError:", error)


def read_value(obj):
    return obj.value


class Holder:
    def __init__(self):
        self.value = "instance"


holder = Holder()
print(read_value(holder), read_value(holder))
Holder.value = property(lambda self: "property wins")
print(read_value(holder))
del Holder.value
print(read_value(holder))
del holder.value
Holder.__getattr__ = lambda self, name: "fallback for " + name
print(read_value(holder))


def write_many(obj, count):
    for index in range(count):
        obj.counter = index
    return obj.counter


print(write_many(Holder(), 5))
Holder.counter = property(lambda self: "read-only property")
try:
    write_many(Holder(), 5)
except AttributeError as error:
    print("AttributeError:", error)


class Base:
    def method(self):
        return "base method"


class Derived(Base):
    pass


def call_method(obj):
    return obj.method()


derived = Derived()
print(call_method(derived))
derived.method = lambda: "instance callable"
print(call_method(derived))
del derived.method
Base.method = lambda self: "replaced"
print(call_method(derived))
print(call_method(5 .__class__) if False else call_method(Derived()))
print([len(text) for text in ("a", "bb")], "abc".upper(), (3).bit_length())
