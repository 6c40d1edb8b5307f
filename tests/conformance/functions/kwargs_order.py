# **kwargs preserves the order in which keywords were passed.
def f(**kwargs):
    return list(kwargs)
print(f(z=1, a=2, m=3))
print(f(**{"b": 1}, a=2, **{"c": 3}))
def g(first, **rest):
    return first, rest
print(g(first=1, second=2), g(second=2, first=1))
print(dict(b=1, a=2))
