# __defaults__ and __kwdefaults__ can be read and replaced.
def f(a, b=1, c=[]):
    return a, b, c
print(f.__defaults__)
f.__defaults__ = (10, 20)
print(f(0))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(type(e).__name__, e)
def g(*, x=1, y):
    return x, y
print(g.__kwdefaults__)
g.__kwdefaults__ = {"x": 5, "y": 6}
print(g())
def h():
    pass
print(h.__defaults__, h.__kwdefaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
