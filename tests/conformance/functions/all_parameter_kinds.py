# One function with every kind of parameter.
def f(p1, p2=2, /, pk1=3, *args, k1, k2=6, **kwargs):
    return p1, p2, pk1, args, k1, k2, kwargs
print(f(1, k1=5))
print(f(1, 2, 3, 4, 5, k1=0, extra=1))
print(f(1, pk1=9, k1=1, k2=2))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__defaults__, f.__kwdefaults__)
