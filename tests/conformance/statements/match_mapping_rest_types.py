# Mapping patterns work on any Mapping-like dict subclass and capture **rest as a dict.
class MyDict(dict):
    pass
match MyDict(a=1, b=2):
    case {"a": 1, **rest}:
        print(type(rest).__name__, rest)
match {"x": [1, 2, 3]}:
    case {"x": [1, *others]}:
        print(others)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
