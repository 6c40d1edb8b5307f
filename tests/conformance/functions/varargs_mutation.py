# *args is a fresh tuple; **kwargs is a fresh dict on every call.
def f(*args, **kwargs):
    kwargs["x"] = 1
    return args, kwargs
shared = {"a": 0}
r1 = f(**shared)
print(r1, shared)
t = (1, 2)
print(f(*t)[0] == t, type(f(*t)[0]))
def g(*args):
    return args
print(g() == (), g(*[]) == ())
