# pop with default, popitem LIFO order, and errors on empty dicts.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("z", "default"), d)
print(d.popitem(), d.popitem(), d)
for call in (lambda: d.popitem(), lambda: d.pop("x")):
    try:
        call()
    except KeyError as e:
        print(type(e).__name__, e)
d = {}
d[1] = "x"
d[2] = "y"
d[1] = "z"
print(d.popitem(), d)
