# center, ljust, rjust and zfill with fill characters.
for s in ("a", "abc", "", "toolongvalue"):
    print(repr(s.center(7)), repr(s.center(8, "*")), repr(s.ljust(5, ".")), repr(s.rjust(5)), repr(s.zfill(5)))
print("-42".zfill(6), "+42".zfill(6), "42".zfill(-1), "x".center(4, "é"), "abc".center(2))
for args in ((5, "ab"), (5, ""), ("5",)):
    try:
        "x".center(*args)
    except TypeError as e:
        print(type(e).__name__, e)
