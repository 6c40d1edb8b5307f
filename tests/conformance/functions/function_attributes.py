# __name__, __qualname__, __doc__, __module__, __dict__ of functions.
def outer():
    """Outer doc."""
    def inner():
        "Inner doc."
    return inner
inner = outer()
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(inner.__name__, inner.__qualname__, inner.__doc__)
class C:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C.Nested.deep.__qualname__)
outer.tag = "custom"
print(outer.__dict__, outer.tag)
outer.__name__ = "renamed"
print(outer.__name__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
