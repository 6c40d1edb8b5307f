# Capture patterns bind names; the wildcard binds nothing.
def f(v):
    match v:
        case [x, _, _]:
            return f"three items, first {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case x:
            return f"anything: {x!r}"
print(f([1, 2, 3]), f((4, 5)), f("ab"), f(7))
match 42:
    case n:
        pass
print(n)
match [1, 2]:
    case [a, b] if a > b:
        print("descending")
    case [a, b]:
        print("ascending", a, b)
