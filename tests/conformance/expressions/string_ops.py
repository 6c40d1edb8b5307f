# String concatenation, repetition, comparison and indexing.
s = "spam"
print(s + "eggs", s * 3, 3 * s, s * 0, s * -2, repr(s * 0))
print(s[0], s[-1], s[1:3], len(s), s == "spam", s < "spams", "b" > "abc")
print("a" * 3 + "b" * 2)
try:
    s[0] = "S"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print("é" + "ü", "日本" * 2, "\U0001F600" < "\uffff")
