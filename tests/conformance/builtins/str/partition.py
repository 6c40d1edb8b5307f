# str.partition and str.rpartition.
for s in ("key=value=more", "novalue", "=start", "end=", ""):
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
for sep in ("", 5):
    try:
        "abc".partition(sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
