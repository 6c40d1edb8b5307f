# as-patterns and or-patterns binding the same names.
def f(v):
    match v:
        case [1 | 2 as first, *_] as whole:
            return f"first {first} of {whole}"
        case (0, x) | (x, 0):
            return f"x is {x}"
        case {"k": (int() | float()) as num}:
            return f"number {num}"
        case str(s) as also:
            return f"{s} {also}"
    return "none"
for v in ([2, 5], (0, 9), (7, 0), {"k": 1.5}, {"k": "no"}, "text", [3]):
    print(f(v))
