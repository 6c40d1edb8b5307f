# Value patterns use dotted names and compare with ==.
class Color:
    RED = "red"
    GREEN = "green"
class Ns:
    class Inner:
        LIMIT = 10
def f(v):
    match v:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Ns.Inner.LIMIT:
            return "at limit"
        case _:
            return "unknown"
for v in ("red", "green", 10, 10.0, "blue"):
    print(v, f(v))
