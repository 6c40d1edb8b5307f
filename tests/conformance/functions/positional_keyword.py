# Positional and keyword arguments bind to parameters by position and name.
def f(a, b, c=3):
    return a, b, c
print(f(1, 2), f(1, 2, 4), f(1, c=5, b=6), f(c=1, b=2, a=3))
for call in ("f(1)", "f(1, 2, 3, 4)", "f(1, 2, a=3)", "f(1, 2, d=4)", "f()", "f(b=1, c=2)"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
