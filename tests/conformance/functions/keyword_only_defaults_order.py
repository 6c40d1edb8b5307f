# Defaults of keyword-only parameters are evaluated at definition, in order.
def v(x):
    print("default", x)
    return x
def f(a=v(1), *, b=v(2), c=v(3)):
    return a, b, c
print(f(), f(b=0))
print(f.__defaults__, f.__kwdefaults__)
