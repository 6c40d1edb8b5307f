# Positional-only parameters (/) cannot be passed by keyword.
def f(a, b=2, /, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9))
try:
    f(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a, b, /):
    return a + b
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
