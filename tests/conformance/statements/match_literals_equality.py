# Literal patterns: True/False/None compare by identity, numbers by equality.
def f(v):
    match v:
        case True:
            return "True"
        case 1:
            return "one"
        case 0.0:
            return "zero float"
        case "":
            return "empty string"
    return "none"
for v in (True, 1, 1.0, 0, -0.0, False, "", None):
    print(repr(v), f(v))
