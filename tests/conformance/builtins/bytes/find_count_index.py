# find, rfind, index, rindex and count on bytes with bytes or int needles.
b = b"hello world hello"
print(b.find(b"hello"), b.rfind(b"hello"), b.find(b"o", 5, 8), b.find(111), b.rfind(108), b.find(b""))
print(b.index(b"world"), b.rindex(b"l"), b.count(b"l"), b.count(b"ll"), b.count(108), b.count(b""))
for call in (lambda: b.index(b"zz"), lambda: b.rindex(122), lambda: b.find("str"), lambda: b.find(300)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
