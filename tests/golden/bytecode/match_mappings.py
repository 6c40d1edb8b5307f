# Mapping and class patterns, with **rest and keyword attributes.
match event:
    case {"type": "click", "pos": (x, y)}:
        click(x, y)
    case {"key": k, **rest}:
        key(k, rest)
    case Point(x=0, y=yy) as p:
        on_axis(p, yy)
    case Point(1, 2):
        fixed()
    case _:
        default()
