# __setattr__ and __delattr__ intercept assignment and deletion.
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set {name}")
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
g = Guarded()
g.a = 1
try:
    g._b = 2
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
try:
    del g.a
except AttributeError as e:
    print(type(e).__name__, e)
setattr(g, "c", 3)
print(vars(g))
