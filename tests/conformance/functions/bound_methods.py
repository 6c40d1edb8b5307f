# Bound methods carry __self__ and __func__ and compare by both.
class C:
    def m(self):
        return self
c = C()
bm = c.m
print(bm.__self__ is c, bm.__func__ is C.m, bm() is c, bm.__name__, bm.__qualname__)
print(c.m == c.m, c.m is c.m, C().m == c.m)
print(C.m(c) is c)
f = C.m
print(type(f).__name__, type(bm).__name__)
lst = [1]
print([].append.__name__, lst.append.__self__ is lst)
