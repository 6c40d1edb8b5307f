# format() builtin with default and explicit specs for various types.
print(format(42), format(42, "05"), format(3.14159, ".2f"), format("s", "^5"), format(True), format(None), format([1, 2]))
print(format(1234567, ","), format(0.5, "%"), format(255, "#b"), format(1 + 2j), format(-0.0), format(10 ** 20, "e"))
for args in ((1, 5), (object(), "x"), ("s", "d")):
    try:
        format(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F()), format(F(), "abc"), f"{F():xyz}")
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
