# classmethods receive the subclass they are called on.
class Base:
    registry = []
    @classmethod
    def create(cls):
        inst = cls()
        Base.registry.append(cls.__name__)
        return inst
    @classmethod
    def name(cls):
        return cls.__name__
class Derived(Base):
    pass
print(type(Base.create()).__name__, type(Derived.create()).__name__, Base.registry)
print(Derived().name(), Base.name(), Derived.name.__self__ is Derived)
cm = Base.__dict__["name"]
print(type(cm).__name__, cm.__func__(int), cm.__get__(None, str)())
