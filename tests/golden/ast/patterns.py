# match statements with every kind of pattern.
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case {"x": 1, **rest}:
        pass
    case {}:
        pass
    case {1: _, -2: x, 1+2j: y, a.b: z}:
        pass
    case [1, 2, *others] if others:
        pass
    case (1, *_,) as whole:
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass
    case -1 | 1.5 | -3-4j | "s" "t" | b"u" | None | True | False:
        pass
    case a.b.c:
        pass
    case _:
        pass
match x, *y:
    case 1, 2:
        pass
match (x):
    case [a, [b, c], {"k": d}] | (e as f):
        pass
match = 1
match.x = 2
case = match
_ = case
