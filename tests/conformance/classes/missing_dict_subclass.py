# __missing__ on dict subclasses handles absent keys in d[key] only.
class Default(dict):
    def __missing__(self, key):
        return f"default for {key}"
d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, len(d))
class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for ch in "abca":
    c[ch] += 1
print(c)
