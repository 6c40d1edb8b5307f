# str.replace with counts, empty patterns and non-ASCII text.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""))
print("ééé".replace("é", "e"), "abc".replace("b", "日本"), "x".replace("x", "x" * 3))
try:
    s.replace("a")
except TypeError as e:
    print(type(e).__name__, e)
