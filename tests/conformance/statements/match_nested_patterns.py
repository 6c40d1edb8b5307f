# Deeply nested patterns mixing sequences, mappings and classes.
class Node:
    __match_args__ = ("kind", "children")
    def __init__(self, kind, children=()):
        self.kind = kind
        self.children = list(children)
def describe(tree):
    match tree:
        case Node("add", [Node("num", []), Node("num", [])]):
            return "sum of two numbers"
        case Node("call", [Node(name), *args]) if len(args) > 1:
            return f"call of {name} with {len(args)} args"
        case {"op": "neg", "arg": {"value": int(v)}}:
            return f"negation of {v}"
        case [Node(k), *_] | (Node(k),):
            return f"sequence starting with {k}"
        case _:
            return "unknown"
print(describe(Node("add", [Node("num"), Node("num")])))
print(describe(Node("call", [Node("f"), Node("a"), Node("b")])))
print(describe({"op": "neg", "arg": {"value": 5}}))
print(describe([Node("x"), 1]), describe((Node("y"),)), describe(Node("call", [Node("g")])))
