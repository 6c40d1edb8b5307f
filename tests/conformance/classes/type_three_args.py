# type(name, bases, dict) creates classes dynamically.
def init(self, v):
    self.v = v
Base = type("Base", (), {"greet": lambda self: "base greet"})
Dyn = type("Dyn", (Base,), {"__init__": init, "k": 5})
d = Dyn(3)
print(d.v, d.k, d.greet(), Dyn.__name__, Dyn.__bases__, Dyn.__mro__)
print(type(d).__qualname__, Dyn.__module__)
for args in (("X",), ("X", 1, {}), ("X", (1,), {}), (1, (), {})):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
