# Common OverflowError and ValueError messages from builtins.
for expr in ("int('12a')", "int('')", "int('5', 1)", "float('x')", "chr(-1)", "chr(0x110000)",
             "2.0 ** 5000", "range(1, 2, 0)", "[].index(1)", "'abc'.index('z')", "(1).to_bytes(0, 'big')",
             "list(range(3)).remove(5)", "int('1' * 5000)", "'%d' % 'x'", "bytes([256])"):
    try:
        eval(expr)
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
