# keys, values and items views are live and support set operations.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1)}), k == {"a", "b", "c"}, list(reversed(k)), list(reversed(v)))
print(k.isdisjoint({"x"}), v == v, list(d.items())[0])
print(d.keys().mapping if hasattr(d.keys(), "mapping") else None)
