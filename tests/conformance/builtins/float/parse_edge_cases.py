# float() parsing of exponents, whitespace, underscores and long digit strings.
for s in ("1e-400", "1e400", "-1e-400", "0.1e1", "1E+2", "  12  ", "\t3.5\n", "1_0.0_1", "0000.5",
          "3.141592653589793238462643383279", "1" * 30, "9007199254740993", "2.5e-324", "inFINity", "-nan"):
    print(repr(s), float(s))
