# Or-patterns bind the same names; the captures are reordered to match.
match pair:
    case (a, b) | [b, a]:
        use(a, b)
    case {"x": x} | Point(x=x):
        use(x)
