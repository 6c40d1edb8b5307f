# Methods defined on a metaclass are class-level methods not visible from instances.
class Meta(type):
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return 99
    def __repr__(cls):
        return f"<custom {cls.__name__}>"
class C(metaclass=Meta):
    pass
print(C.describe(), C.upper_name, len(C), repr(C), C)
print(hasattr(C(), "describe"))
