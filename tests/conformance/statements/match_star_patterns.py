# Star patterns in the middle and star wildcards.
def f(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last
        case [*_]:
            return "short"
for v in ([1], [1, 2], [1, 2, 3, 4], (), range(5)):
    print(f(v))
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
