# chr and ord across the Unicode range, with error messages.
print(chr(65), chr(0x1F600), chr(0), repr(chr(0x10FFFF)), chr(233), ord("A"), ord("€"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
for call in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab"), lambda: chr(1.5)):
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print([ord(c) for c in "héllo"], "".join(chr(c) for c in range(97, 102)))
