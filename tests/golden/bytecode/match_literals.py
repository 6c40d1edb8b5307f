# match with literal, singleton, capture, wildcard and guard patterns.
match command:
    case 1 | 2:
        one_or_two()
    case None:
        nothing()
    case "x" if flag:
        guarded()
    case -1:
        negative()
    case other:
        captured(other)
