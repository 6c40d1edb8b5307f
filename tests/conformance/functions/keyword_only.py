# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9))
for call in ("f(1, 2)", "f(1)", "f(1, 2, b=3)"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))
def h(*, only):
    return only
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
def k(a, *, x, y, z):
    return a
try:
    k(1)
except TypeError as e:
    print(type(e).__name__, e)
