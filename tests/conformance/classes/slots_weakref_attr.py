# Instances have __weakref__ unless __slots__ leaves it out.
class Plain:
    pass
class Slotted:
    __slots__ = ("a",)
class WithWeak:
    __slots__ = ("a", "__weakref__")
print(hasattr(Plain(), "__weakref__"), hasattr(Slotted(), "__weakref__"), hasattr(WithWeak(), "__weakref__"))
print(Plain().__weakref__, WithWeak().__weakref__)
