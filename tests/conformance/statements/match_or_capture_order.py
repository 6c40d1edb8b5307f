# Alternatives are tried left to right and the first match binds.
def f(v):
    match v:
        case (1, x) | (x, 1):
            return x
        case [x, *_] | x:
            return ("fallback", x)
for v in ((1, 5), (5, 1), (1, 1), [9, 8], 7):
    print(v, f(v))
