# __prepare__ supplies the namespace used to execute the class body.
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("define", key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return Recording()
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta, option=1):
    a = 1
    def b(self):
        pass
    a = 2
print(C.a)
