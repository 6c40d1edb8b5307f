# hasattr() for present, missing, class-level and dynamic attributes.
class C:
    a = 1
    def __getattr__(self, name):
        if name == "dynamic":
            return 5
        raise AttributeError(name)
c = C()
print(hasattr(c, "a"), hasattr(c, "dynamic"), hasattr(c, "nope"), hasattr(C, "a"), hasattr(C, "dynamic"))
print(hasattr(1, "real"), hasattr("s", "upper"), hasattr(None, "x"), hasattr([], "append"))
try:
    hasattr(c, 1)
except TypeError as e:
    print(type(e).__name__, e)
