# Custom sequences receive slice objects for slice assignment and deletion.
class Recorder:
    def __init__(self):
        self.data = list(range(6))
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
r = Recorder()
r[1:3] = ["a", "b", "c"]
del r[::2]
r[-1] = "last"
print(r.data, r[1:], r[::-1])
