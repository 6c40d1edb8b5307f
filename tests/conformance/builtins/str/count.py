# str.count counts non-overlapping occurrences.
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("a", 2), s.count("a", 2, 4))
print("aaaa".count("aa"), "".count(""), "".count("a"), s.count("x"), s.count("a", -2), s.count("", 3, 1))
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
