# Division by zero and mixed-type errors in arithmetic.
for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.5 % 0", "divmod(1, 0)",
             "0 ** -1", "0.0 ** -1", "'a' + 1", "1 + 'a'", "[] - []", "'a' * 'b'", "None + 1",
             "[1] * 2.0", "{} | []"):
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
