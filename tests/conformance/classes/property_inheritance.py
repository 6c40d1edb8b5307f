# Overriding properties in subclasses and extending them with super().
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
class Setter(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
c = Child()
print(c.name)
s = Setter()
s.name = "new"
print(s.name, s._n)
