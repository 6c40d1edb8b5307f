# Augmented assignment on a property calls the getter then the setter.
class C:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get")
        return self._v
    @v.setter
    def v(self, value):
        print("set", value)
        self._v = value
c = C()
c.v += 10
c.v *= 2
print(c.v)
class Item:
    def __init__(self):
        self.data = {"n": 0}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
it = Item()
it["n"] += 5
