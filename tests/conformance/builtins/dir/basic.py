# dir() with no arguments inside a function, and dir of builtin objects filtered.
def f():
    b = 1
    a = 2
    return dir()
print(f())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir(1) if not n.startswith("_")])
class C:
    z = 1
    def __init__(self):
        self.a = 2
print([n for n in dir(C()) if not n.startswith("__")])
