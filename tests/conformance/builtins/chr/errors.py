# chr() rejects out-of-range and non-integer arguments.
class I:
    def __index__(self):
        return 0x263A
print(chr(I()), chr(True), repr(chr(0xD800)), chr(0x7F) == "\x7f")
for arg in (-1, 0x110000, 2 ** 64, 1.0, "a", None):
    try:
        chr(arg)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(arg), type(e).__name__, e)
