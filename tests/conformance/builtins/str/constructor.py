# str() from objects, bytes with encodings and error handlers.
print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(str), str(...))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"))
print(str(bytearray(b"x"), encoding="ascii"), str(object=7), str(b"a\xffb", errors="ignore"))
for args in ((b"\xff", "utf-8"), (5, "utf-8"), ("s", "utf-8"), (b"x", "nope")):
    try:
        print(str(*args))
    except (UnicodeDecodeError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom"
class Bad:
    def __str__(self):
        return 1
print(str(S()))
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
