# fromkeys shares the value; copy is shallow; clear empties in place.
d = dict.fromkeys("abc")
print(d)
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
orig = {"l": [1]}
c = orig.copy()
c["l"].append(2)
c["new"] = 0
print(orig, c)
alias = orig
orig.clear()
print(alias)
class D(dict):
    pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1], 0))
