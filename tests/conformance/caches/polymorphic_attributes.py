# One attribute site seeing instances of several classes (a base-class method run on
# subclasses): instance attributes of each, and classes where the name is instead a
# property, a class attribute, a slot, a data descriptor, or missing; stores of atomic
# values and containers; deleted attributes and replaced __dict__s.


class Base:
    def __init__(self, value):
        self.value = value

    def read(self):
        return self.value

    def bump(self, amount):
        self.value += amount
        return self.value


class First(Base):
    pass


class Second(Base):
    def __init__(self, value):
        self.extra = "x"
        super().__init__(value)


class WithProperty(Base):
    def __init__(self, value):
        self._value = value

    @property
    def value(self):
        return ("property", self._value)

    @value.setter
    def value(self, new):
        self._value = new[1] if isinstance(new, tuple) else new


class WithClassAttribute(Base):
    value = "class attribute"

    def __init__(self):
        pass


class Slotted(Base):
    __slots__ = ("value",)


class Checked:
    def __get__(self, instance, owner):
        return ("checked", instance.__dict__.get("value"))

    def __set__(self, instance, new):
        instance.__dict__["value"] = new * 10


class WithDescriptor(Base):
    value = Checked()


objects = [Base(1), First(2), Second(3), WithProperty(4), WithClassAttribute(), WithDescriptor(5)]
for round_ in range(3):
    print([obj.read() for obj in objects])
print([Slotted(6).read(), Slotted(7).read()])

for round_ in range(2):
    results = []
    for obj in objects:
        try:
            results.append(obj.bump(1))
        except TypeError as error:
            results.append("TypeError: " + str(error))
    print(results)
print([obj.read() for obj in objects])

# Containers stored through the shared path must stay visible to the collector.
import gc
holders = [First(0), Second(0), Base(0)]
for holder in holders:
    holder.value = [holder]
del holder
print(gc.collect() >= 0, [type(h.value).__name__ for h in holders])
holders.clear()
print(gc.collect() >= 3)

# Deleted attributes and replaced dicts between uses of the same site.
a, b = First(1), Second(2)
for obj in (a, b, a, b):
    print(obj.read())
del b.value
try:
    b.read()
except AttributeError as error:
    print("AttributeError:", error)
b.__dict__ = {"value": "replaced"}
a.__dict__ = {"other": 1, "value": "also replaced"}
print(a.read(), b.read())
for obj in (a, b):
    obj.bump("!")
print(a.read(), b.read())

# A class attribute added later to one subclass takes over from the instance dict only
# if it is a data descriptor.
First.value = "ignored: the instance dict wins"
print(a.read(), b.read())
First.value = property(lambda self: "now a property")
print(a.read(), b.read())
del First.value
print(a.read(), b.read())
