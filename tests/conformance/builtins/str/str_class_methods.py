# str class-level access to methods and unbound calls.
print(str.upper("abc"), str.join("-", "ab"), str.__len__("abcd"), str.__getitem__("abc", 1))
print(str.__contains__("abc", "b"), str.__add__("a", "b"), str.__mul__("a", 3), str.__mod__("%d", 5))
print(str.__name__, str.__mro__, "x".__class__ is str, str.__doc__ is not None)
try:
    str.upper(b"abc")
except TypeError as e:
    print(type(e).__name__, e)
print("a".__eq__(1), "a".__lt__("b"), "a".__ne__("a"), "abc".__hash__() == hash("abc"))
