# d[key] on an exact dict takes a direct lookup: present keys (equal ints, floats and
# bools), missing and unhashable keys, __missing__ on a subclass, a failing __hash__.
d = {1: "a", (1, 2): "t", "k": None}
print(d[1], d[(1, 2)], d["k"], d[True], d[1.0])
for bad in ([1], {}, "missing", 2):
    try: print(d[bad])
    except (KeyError, TypeError) as e: print(type(e).__name__, e)
e = {}
try: e[[1]]
except TypeError as err: print(err)
class D(dict):
    def __missing__(self, k): return k * 2
print(D()[21])
class H:
    def __hash__(self): raise RuntimeError("no hash")
try: d[H()]
except RuntimeError as err: print(err)
