# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Bag:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        if k not in self.data:
            raise KeyError(k)
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
    def __iter__(self):
        return iter(sorted(self.data))
    def __reversed__(self):
        return iter(sorted(self.data, reverse=True))
b = Bag()
b["x"] = 1
b["a"] = 2
print(len(b), b["x"], "a" in b, list(b), list(reversed(b)), bool(b))
del b["x"]
print(len(b), list(b))
try:
    b["missing"]
except KeyError as e:
    print(type(e).__name__, e)
