# bytes.decode with codecs and error handlers.
b = "héllo €".encode("utf-8")
print(b.decode(), b.decode("utf-8"), b.decode("latin-1"), b.decode("ascii", "replace"), b.decode("ascii", "ignore"))
print(b.decode("ascii", "backslashreplace"), b"\xff\xfeh\x00i\x00".decode("utf-16"), b"abc".decode(encoding="ascii"))
for args in (("ascii",), ("utf-8", "strict"), ("nope",)):
    try:
        b"\xff".decode(*args)
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", b"a\x80".decode("utf-8", "surrogateescape") == "a\udc80")
