# object.__reduce_ex__/__reduce__ as pickle sees them: copyreg's reconstructors, the
# state, list and dict items, __getnewargs__/__getnewargs_ex__, an overriding __reduce__.
# (The path entry makes CPython's own copyreg importable before the stdlib is on sys.path.)
import sys
sys.path.append("/usr/lib/python3.11")
class C:
    pass
c = C()
c.x = 1
r = object.__reduce_ex__(c, 2)
print(r[0].__name__, r[1], r[2], r[3], r[4])
print(c.__reduce_ex__(2)[0].__name__, c.__reduce_ex__(1)[0].__name__, c.__reduce__()[0].__name__, c.__reduce__()[1])
class L(list):
    pass
l = L([1, 2])
r = l.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2], list(r[3]), r[4])
class D(dict):
    def __getnewargs__(self):
        return (5,)
r = D(a=1).__reduce_ex__(4)
print(r[1], list(r[4]))
class K:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})
r = K().__reduce_ex__(2)
print(r[0].__name__, r[1])
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2))
class Bad:
    def __getnewargs__(self):
        return 1
try:
    Bad().__reduce_ex__(2)
except TypeError as e:
    print(e)
try:
    c.__reduce_ex__("x")
except TypeError as e:
    print(e)
