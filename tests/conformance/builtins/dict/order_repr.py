# Insertion order, re-insertion after delete, and recursive repr.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
del d["z"]
d["z"] = 4
print(d)
d["a"] = 5
print(d)
r = {}
r["self"] = r
print(r)
print({1: "one", 1.0: "float one", True: "true"}, {(1, 2): [3]})
