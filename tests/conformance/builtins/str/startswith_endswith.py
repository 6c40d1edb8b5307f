# startswith and endswith with tuples and slice bounds.
s = "hello.py"
print(s.startswith("he"), s.startswith("py"), s.endswith(".py"), s.endswith((".txt", ".py")))
print(s.startswith("lo", 3), s.startswith("l", 2, 3), s.endswith("hello", 0, 5), s.endswith("", 100))
print(s.startswith(()), "".startswith(""), s.startswith("", 9), s.startswith("", 8))
for bad in (1, ["he"], ("he", 1)):
    try:
        s.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
