# Builtin classes like int, str and tuple match their subject with one positional pattern.
def f(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s}"
        case tuple((a, b)):
            return f"tuple of two {a} {b}"
        case list([*items]):
            return f"list {items}"
        case dict({"a": a}):
            return f"dict with a={a}"
        case _:
            return "other"
for v in (True, 3, "x", (1, 2), (1, 2, 3), [4, 5], {"a": 0}, 1.0):
    print(f(v))
