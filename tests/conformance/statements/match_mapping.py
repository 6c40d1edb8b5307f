# Mapping patterns match keys, ignore extras, and capture **rest.
def f(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle with {rest}"
        case {1: one}:
            return f"int key {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in ({"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0},
          {1: "uno"}, {"other": 1}, {}, [("type", "point")], "type"):
    print(f(v))
