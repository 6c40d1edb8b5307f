# find, rfind, index, rindex with start/end arguments and failures.
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 5))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("z"), s.find("hello", -5), s.find("h", -100))
print(s.index("world"), s.rindex("l"), s.index("l", 4), "".find(""), "abc".find("c", None, None))
for method in (s.index, s.rindex):
    try:
        method("zzz")
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print("é日本語".find("本"), "é日本語".rfind("é"), "\U0001F600x".index("x"))
