# Lambdas: defaults, closures, keyword-only and variadic parameters.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *args, **kw: (args, kw))(1, 2, x=3))
print((lambda *, k: k * 2)(k=4))
print((lambda a, /, b: a - b)(10, b=3))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(add.__name__, (lambda: 0).__qualname__)
def outer():
    return lambda: 42
print(outer().__qualname__, outer()())
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda p: p[1]))
