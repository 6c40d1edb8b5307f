# upper, lower, casefold, capitalize, title and swapcase, including non-ASCII.
for s in ("hello World", "ÉCOLE ß", "straße", "ǅungla", "123abc", "", "hELLO wORLD's", "ﬁsh", "İstanbul", "σΣς"):
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase())
try:
    "a".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
