# Mapping patterns use get-like lookups, so __missing__ is not used; duplicate keys error.
class D(dict):
    def __missing__(self, key):
        return "missing"
match D(a=1):
    case {"b": x}:
        print("matched b", x)
    case {"a": x}:
        print("matched a", x)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(sorted(rest.items()))
