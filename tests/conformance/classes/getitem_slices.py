# __getitem__ receives slice objects and tuples for extended subscripts.
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("item", key)
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
s = Seq()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...])
s[1:3] = "v"
del s[::2]
s[:] = []
