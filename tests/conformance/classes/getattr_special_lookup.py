# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())
class G:
    def __getattr__(self, name):
        return lambda *a: 7
g = G()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
