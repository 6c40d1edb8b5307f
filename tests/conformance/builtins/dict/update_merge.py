# update from mappings, pairs and keywords; | and |= operators.
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)], d=4)
d.update(e=5)
d.update()
print(d)
print({"a": 1} | {"a": 2, "b": 3}, {"x": 1} | {})
e = {"k": 0}
e |= [("j", 1)]
print(e)
for call in (lambda: {} | [("a", 1)], lambda: d.update(5), lambda: d.update([1])):
    try:
        call()
    except (TypeError, ValueError) as e2:
        print(type(e2).__name__, e2)
