# Single inheritance: overriding, extending and attribute lookup order.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
p = Puppy("Rex", 1)
print(p.speak(), p.kind(), p.age)
print(Puppy.__mro__)
print(issubclass(Puppy, Animal), isinstance(p, Dog), Puppy.__base__, Animal.__subclasses__())
