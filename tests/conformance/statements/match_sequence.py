# Sequence patterns: fixed length, star captures, nested and non-sequences.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*init, "end"]:
            return f"ends with end, init {init}"
        case [a, [b, c], *_]:
            return f"nested {a} {b} {c}"
        case (x, y, z):
            return f"triple {x} {y} {z}"
        case _:
            return "no match"
for v in ([], [9], [1, 2, 3], ("a", "end"), [0, [1, 2], 3, 4], (7, 8, 9), "abc", b"ab",
          {1: 2}, range(3), [0, 1, 2, 3]):
    print(repr(v), f(v))
