# A metaclass that registers every class it creates.
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes[name] = cls
        return cls
class Base(metaclass=Registry):
    pass
class First(Base):
    pass
class Second(First):
    pass
print(sorted(Registry.classes), Registry.classes["Second"].__mro__[1] is First)
