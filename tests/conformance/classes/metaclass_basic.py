# Metaclasses customize class creation through __new__, __init__ and __call__.
class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in namespace if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, namespace)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, namespace, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, namespace)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, flag=True):
    x = 1
    def method(self):
        pass
class Child(Base):
    def __init__(self, v):
        self.v = v
c = Child(5)
print(c.v, Child.created_by, type(Child).__name__, isinstance(Child, Meta))
