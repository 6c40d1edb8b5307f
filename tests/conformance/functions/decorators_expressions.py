# PEP 614: any expression can be a decorator; class decorators too.
registry = {}
decorators = [lambda f: f, lambda f: (registry.setdefault("list", f.__name__), f)[1]]
@decorators[1]
def one():
    pass
class Holder:
    def __init__(self):
        self.deco = lambda f: (registry.setdefault("attr", f.__name__), f)[1]
h = Holder()
@h.deco
def two():
    pass
@(lambda f: (registry.setdefault("lambda", f.__name__), f)[1])
def three():
    pass
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class K:
    pass
print(registry, K.added)
@lambda f: 42
def replaced():
    pass
print(replaced)
