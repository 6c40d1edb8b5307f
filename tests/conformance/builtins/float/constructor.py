# float() from numbers and strings, special values and error messages.
print(float(), float(3), float("1.5"), float("  -2.5e3 "), float("1_000.5"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("-nAn"), float("+inf"), float("1e500"))
print(float(b"2.5"), float(bytearray(b"1e2")), float("١.٥"))
print(float(2 ** 63), float(True), float(" 0 "))
for arg in ("", "abc", "1.5.5", "0x10", "1__0", "_1", "inf5", None, [], "1e", "--1"):
    try:
        print(repr(arg), float(arg))
    except (ValueError, TypeError) as e:
        print(repr(arg), type(e).__name__, e)
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
