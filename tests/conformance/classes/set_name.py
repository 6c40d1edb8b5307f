# __set_name__ is called on descriptors when the owning class is created.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value.upper()
class Model:
    title = Field()
    body = Field()
m = Model()
print(m.title)
m.title = "hello"
print(m.title, Model.title.name)
f = Field()
class Later:
    pass
Later.attr = f
print(hasattr(f, "name"))
