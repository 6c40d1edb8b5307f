# Index errors and type errors from subscripting builtins.
env = {"lst": [1], "tup": (1,), "s": "ab", "r": range(3), "b": b"a", "d": {}, "n": 5, "none": None,
       "f": len}
for expr in ("lst[5]", "tup[-2]", "s[2]", "r[3]", "b[9]", "lst['a']", "tup[1.0]", "d['k']",
             "d[[1]]", "n[0]", "none[0]", "f[0]", "s[None]", "r['x']", "b[1.5]"):
    try:
        print(expr, eval(expr, env))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
