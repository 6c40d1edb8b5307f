# format() of ints with every presentation type and option.
n = 1234567
for spec in ("", "d", "10d", "<10", "^10", ">10", "*^12", "+", " ", "-", ",", "_", "_x", "x", "X",
             "#x", "#X", "o", "#o", "b", "#b", "#010b", "e", ".2e", "f", ".1%", "g", "n",
             "010,", "=+12", "08.3f"):
    print(repr(spec), format(n, spec), format(-n, spec))
print(format(65, "c"), format(0x1F600, "c"))
for spec in ("s", ".2d", ",b", "z"):
    try:
        format(n, spec)
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
