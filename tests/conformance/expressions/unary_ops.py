# Unary plus, minus and invert on numbers and bools, and their errors.
for v in (0, 5, -5, 2 ** 80, 1.5, -0.0, 2j, True, False):
    print(repr(v), -v, +v)
for v in (0, 5, -5, True, 2 ** 80):
    print(~v)
for expr in ("-'a'", "+[]", "~1.5", "~None", "-{}"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
