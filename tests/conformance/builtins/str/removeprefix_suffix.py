# removeprefix and removesuffix remove at most one occurrence.
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "aaa".removeprefix("a"))
print("file.tar.gz".removesuffix(".gz"), "file".removesuffix(""), "".removeprefix("x"))
print("abc".removeprefix("abc"), repr("abc".removesuffix("abc")))
try:
    "abc".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
