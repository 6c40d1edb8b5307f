# Data descriptors beat instance dicts; non-data descriptors lose to them.
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n)
c.d = 5
print(C.d, C.n)
class Getter:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class K:
    g = Getter()
print(K.g, K().g)
