# Indexing, negative indices, iteration and len of strings with wide characters.
s = "aé日\U0001F600"
print(len(s), [c for c in s], s[0], s[-1], s[1:3], s[::-1], [ord(c) for c in s])
print(list(enumerate("ab")), list(reversed("abc")), sorted("banana"), max("hello"), min("hello"))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["0"]
except TypeError as e:
    print(type(e).__name__, e)
