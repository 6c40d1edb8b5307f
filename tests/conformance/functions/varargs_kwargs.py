# *args collects extra positionals as a tuple, **kwargs extra keywords as a dict.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, **{"c": 3}))
def g(a, *rest, key=None, **others):
    return a, rest, key, others
print(g(1, 2, 3, key="k", z=0))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
def h(**kw):
    kw["added"] = True
    return kw
src = {"x": 1}
print(h(**src), src)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, **{"key": 1}, key=2)
except TypeError as e:
    print(type(e).__name__, e)
