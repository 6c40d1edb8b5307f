# Sequence patterns: fixed length, starred, and the subscript path for [x, *_, y].
match value:
    case []:
        empty()
    case [x]:
        one(x)
    case [first, *rest]:
        many(first, rest)
    case [a, *_, b]:
        ends(a, b)
    case (p, q, _):
        three(p, q)
