# dict() from mappings, pairs, keywords and their errors.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", range(2))))
print(dict([("k", 1), ("k", 2)]), dict(["ab", "cd"]), dict({1: 2}.items()))
for args in ((5,), ([1, 2],), ([("a", 1, 2)],), (["abc"],), ({}, {})):
    try:
        print(dict(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class KeysOnly:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()))
