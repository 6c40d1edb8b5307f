# str subclasses: methods return plain str, formatting uses __str__/__format__ overrides.
class Tag(str):
    def __str__(self):
        return f"<{super().__str__()}>"
    def __format__(self, spec):
        return f"[{str.__format__(self, spec)}]"
t = Tag("b")
print(t, str(t), repr(t), f"{t}", f"{t:>3}", "%s" % t, t.upper(), type(t.upper()).__name__, t + "x")
print(len(t), t == "b", {"b": 1}[t], t in ["b"])
