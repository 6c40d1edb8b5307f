# Decorators apply bottom-up and can take arguments.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
print(add(1, b=2), add.__name__)
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
def tag(label):
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        return fn
    return deco
@tag("outer")
@tag("inner")
def target():
    return "target"
print(target())
