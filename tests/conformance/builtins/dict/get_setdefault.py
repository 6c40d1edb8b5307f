# get, setdefault, __getitem__ and __contains__.
d = {"a": 1, "b": None}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", "default"), "b" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("c", []), d.setdefault("d"), d)
d.setdefault("c", []).append(1)
print(d["c"])
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
