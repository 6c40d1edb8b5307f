# startswith/endswith, maketrans/translate on bytes.
b = b"filename.tar.gz"
print(b.startswith(b"file"), b.endswith((b".zip", b".gz")), b.startswith(b"name", 4), b.endswith(b"tar", 0, 12))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"abc".translate(table, b"b"))
for call in (lambda: b.startswith("file"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
