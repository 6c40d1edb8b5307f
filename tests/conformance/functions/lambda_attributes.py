# Lambdas have the name <lambda> and qualified names from their scope.
f = lambda: None
print(f.__name__, f.__qualname__, f.__doc__, f())
class C:
    g = lambda self: "method"
print(C.g.__qualname__, C().g())
def outer():
    return lambda: lambda: 1
print(outer().__qualname__, outer()().__qualname__)
