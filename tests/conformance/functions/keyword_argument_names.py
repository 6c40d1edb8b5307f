# Keyword arguments with unusual but valid names, and duplicate errors.
def f(**kw):
    return kw
print(f(**{"not an identifier": 1, "": 2}))
def g(a, **kw):
    return a, kw
print(g(1, **{"b": 2}))
try:
    g(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("g(a=1, a=2)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
