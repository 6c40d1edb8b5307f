# str.join with various iterables and its type errors.
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join(()), " ".join(str(i) for i in range(3)))
print("→".join({"k1": 1, "k2": 2}), ", ".join(map(str, [1.5, None, True])))
for bad in (["a", 1], [None], [b"x"], 5):
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(type("".join([S("a")])).__name__, "".join([S("a"), S("b")]))
