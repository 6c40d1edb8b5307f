# __repr__ and __str__ and how print, str, repr and containers use them.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b} {b!r}")
o = OnlyRepr()
print(o, str(o), [o])
s = OnlyStr()
print(s, str(s))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
