# Subscripts with tuples, slices and multiple dimensions.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[1, 2], s[1:2], s[1:2, 3], s[:, ::2], s[()], s[(1,)], s[1:2:3])
print(s["a":"b"], s[None:None], s[-1::])
d = {}
d[1, 2] = "tuple"
print(d, d[(1, 2)])
