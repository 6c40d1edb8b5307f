# str.maketrans in its three forms and str.translate.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333"})
print("abcd".translate(t3))
print("hello".translate({ord("l"): None}), "abc".translate({97: 98}), "abc".translate([]))
for args in (("ab", "c"), (1,), ({"ab": 1},)):
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
