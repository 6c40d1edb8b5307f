# classmethod receives the class, staticmethod receives nothing extra.
class Pet:
    count = 0
    def __init__(self, name):
        self.name = name
        Pet.count += 1
    @classmethod
    def from_dict(cls, d):
        return cls(d["name"])
    @staticmethod
    def is_valid(name):
        return bool(name)
class Cat(Pet):
    pass
c = Cat.from_dict({"name": "Tom"})
print(type(c).__name__, c.name, Pet.count)
print(Pet.is_valid(""), c.is_valid("x"), Cat.is_valid("y"))
print(Pet.from_dict.__self__ is Pet, Cat.from_dict.__self__ is Cat)
sm = Pet.__dict__["is_valid"]
cm = Pet.__dict__["from_dict"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is Pet.is_valid, callable(sm))
