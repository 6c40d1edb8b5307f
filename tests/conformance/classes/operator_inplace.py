# In-place special methods, with fallback and NotImplemented handling.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __isub__(self, v):
        return NotImplemented
    def __sub__(self, v):
        return "fallback __sub__"
    def __imul__(self, v):
        return "replaced"
a = Acc()
ref = a
a += 1
a += 2
print(a.items, a is ref)
a -= 1
print(a)
b = Acc()
b *= 3
print(b)
for op in ("//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=", "/="):
    c = Acc()
    try:
        exec(f"c {op} 1")
    except TypeError as e:
        print(op, e)
