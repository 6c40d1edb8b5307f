# Tuple and starred targets in comprehension for clauses.
pairs = [(1, "a"), (2, "b")]
print([f"{n}{s}" for n, s in pairs])
print([rest for first, *rest in ["abc", "de"]])
print({k: v for (k, v), _ in zip(pairs, range(5))})
print([(i, x) for i, (x, _) in enumerate(pairs)])
