# match with literal patterns, | alternatives and the wildcard.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other"
for v in (0, 2, "hello", b"bytes", -1, 1.5, 2j, True, None, False, 1.0, "x"):
    print(repr(v), describe(v))
