# Recursive containers print [...] / {...}; nested reprs use repr of items.
a = [1]
a.append(a)
d = {"k": None}
d["k"] = d
t = (a,)
print(repr(a), repr(d), repr(t))
print(repr(["a", 'b"', "c'"]), repr({"é": b"\x00"}), repr([1.0, -0.0, 1e20, 1e-20]))
class R:
    def __repr__(self):
        return "R<" + repr(self.inner) + ">"
r = R()
r.inner = [1, "x"]
print(repr(r), [r])
