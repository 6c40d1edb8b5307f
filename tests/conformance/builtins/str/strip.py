# strip, lstrip and rstrip with default whitespace and explicit characters.
for s in ("  hi  ", "\t\n hi \r\x0b\x0c", "xxhixx", "", "   ", "\u3000wide\u3000", "\x1c\x1dsep\x1e\x1f"):
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")))
print("www.example.com".strip("cmowz."), "abcba".strip("ab"), "abc".strip(""), "abc".lstrip(None))
try:
    "a".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
