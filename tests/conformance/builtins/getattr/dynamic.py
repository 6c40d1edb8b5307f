# getattr with defaults, descriptors and methods looked up dynamically.
class C:
    value = 10
    def method(self, x):
        return x + self.value
    @property
    def prop(self):
        return "prop"
c = C()
print(getattr(c, "method")(5), getattr(c, "prop"), getattr(C, "value"), getattr(C, "method")(c, 1))
for name in ("value", "prop", "missing", "__class__"):
    print(name, getattr(c, name, None))
print(getattr([1, 2], "count")(1), getattr("abc", "upper")(), getattr(5, "real"))
