# str.split with and without separators, maxsplit and edge cases.
for s in ("a b  c", "  leading and trailing  ", "", "   ", "a\tb\nc\x0bd\x0ce\x1cf\u3000g", "one"):
    print(repr(s), s.split(), s.split(None, 1), s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".split(",", maxsplit=2), ",".split(","))
print("abcabc".split("bc"), "aaa".split("a"), "a--b--c".split("--", -1), "x".split("x"))
print("a b c".split(maxsplit=0), "a b c".split(sep=None, maxsplit=1))
for args in (("",), (1,)):
    try:
        "abc".split(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
