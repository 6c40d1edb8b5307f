# __format__ controls format() and f-string formatting with specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "dollars":
            return f"${self.cents / 100:.2f}"
        return format(self.cents, spec)
    def __str__(self):
        return f"{self.cents}c"
m = Money(1234)
print(format(m, "dollars"), f"{m:dollars}", f"{m:>8}", f"{m}", format(m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
