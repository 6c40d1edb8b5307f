# ord() of one-character strings and bytes, and its error messages.
for c in ("a", "\0", "é", "€", "\uffff", "\U00010000", "\U0010FFFF", "\ud800"):
    print(repr(c), ord(c))
print(ord(b"\xff"), ord(bytearray(b"\x00")))
for arg in ("", "ab", b"", b"ab", 65, None, ["a"]):
    try:
        ord(arg)
    except TypeError as e:
        print(repr(arg), type(e).__name__, e)
