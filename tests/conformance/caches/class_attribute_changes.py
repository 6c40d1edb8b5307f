# Attribute and method lookups stay right while classes change after the lookups ran:
# methods replaced on the class and on a base, instance attributes shadowing methods,
# __class__ assignment, and attributes deleted again.
class Base:
    def greet(self):
        return "base"

    kind = "base kind"


class Child(Base):
    pass


child = Child()
seen = []
for step in range(8):
    if step == 2:
        Base.greet = lambda self: "patched base"
    if step == 3:
        Child.greet = lambda self: "child"
    if step == 4:
        child.greet = lambda: "instance"
    if step == 5:
        del child.greet
    if step == 6:
        del Child.greet
    if step == 7:
        del Base.greet
    try:
        seen.append(child.greet())
    except AttributeError as error:
        seen.append("AttributeError: %s" % error)
print(seen)

kinds = []
for step in range(4):
    if step == 1:
        Child.kind = "child kind"
    if step == 2:
        child.kind = "instance kind"
    if step == 3:
        del Child.kind
    kinds.append(child.kind)
print(kinds)


class Other:
    def greet(self):
        return "other"


class Plain:
    def greet(self):
        return "plain"


obj = Plain()
out = []
for step in range(3):
    if step == 1:
        obj.__class__ = Other
    out.append(obj.greet())
print(out)


class WithProperty:
    @property
    def value(self):
        return "property"


item = WithProperty()
item.__dict__["value"] = "shadowed?"
print(item.value)
WithProperty.value = "plain class attribute"
print(item.value)
