# format() spec validation errors for numbers.
for value, spec in ((1, ".2d"), (1.5, "c"), (1, "=s"), ("s", "="), (1, ",_"), (1, "_,"), (1.0, "#c"), (1, "10.2.3f"), (1, "x,")):
    try:
        print(repr(spec), format(value, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
