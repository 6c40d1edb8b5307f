# str.rsplit splits from the right when maxsplit limits the result.
print("a b c d".rsplit(), "a b c d".rsplit(None, 1), "a b c d".rsplit(maxsplit=2))
print("a,b,c".rsplit(",", 1), "  a  b  ".rsplit(None, 1), "".rsplit(","), "".rsplit())
print("a::b::c".rsplit("::"), "x".rsplit("x", 0))
try:
    "a".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
