# Errors from builtins when special methods are missing.
class Empty:
    pass
e = Empty()
for expr in ("len(e)", "e[0]", "e[0] = 1", "del e[0]", "1 in e", "e + 1", "-e", "abs(e)", "e()",
             "e < e", "iter(e)", "reversed(e)", "int(e)", "float(e)", "complex(e)", "round(e)"):
    try:
        exec(expr)
    except TypeError as e2:
        print(expr, "->", e2)
