# Comprehensions calling methods and nested data transformations.
records = [{"name": "a", "score": 3}, {"name": "b", "score": 9}, {"name": "c", "score": 6}]
print([r["name"] for r in sorted(records, key=lambda r: -r["score"])])
print({r["name"]: r["score"] >= 5 for r in records})
text = "the quick brown fox jumps over the lazy dog"
print({w: text.split().count(w) for w in text.split() if len(w) > 3})
print(["".join(reversed(w)) for w in text.split()[:3]])
counts = {}
[counts.__setitem__(c, counts.get(c, 0) + 1) for c in "hello"]
print(counts)
