# hasattr only swallows AttributeError; other exceptions propagate.
class C:
    @property
    def attr_error(self):
        raise AttributeError("inner")
    @property
    def value_error(self):
        raise ValueError("boom")
c = C()
print(hasattr(c, "attr_error"), getattr(c, "attr_error", "fallback"))
try:
    hasattr(c, "value_error")
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "value_error", None)
except ValueError as e:
    print(type(e).__name__, e)
