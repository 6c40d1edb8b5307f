# format() of strings with width, precision, fill and alignment.
for spec in ("", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "=<5", "s", "é>6"):
    print(repr(spec), repr(format("hello", spec)))
for spec in ("d", "=10", "+", ",", "#"):
    try:
        format("x", spec)
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
