# Indexing bytes yields ints; slicing yields bytes; arithmetic operators.
b = b"abcdef"
print(b[0], b[-1], b[1:3], b[::2], b[::-1], list(b[:3]), len(b), b"cd" in b, 99 in b)
print(b + b"gh", b * 2, 2 * b"x", b"a" < b"b", b"abc" == bytearray(b"abc"), b"" < b"\x00")
for call in (lambda: b[10], lambda: b + "s", lambda: "s" in b, lambda: 256 in b, lambda: b * 1.5):
    try:
        call()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
