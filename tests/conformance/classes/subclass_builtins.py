# Subclasses of list, dict, str and int keep builtin behaviour and add their own.
class MyList(list):
    def total(self):
        return sum(self)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), type(l + [5]).__name__, type(l[1:]).__name__)
s = MyStr("hi")
print(s.shout(), type(s + "x").__name__, type(s.upper()).__name__, isinstance(s, str))
n = MyInt(5)
print(repr(n), n + 1, type(n + 1).__name__, str(n))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict(a=1)
md["b"] = 2
md.update(c=3)
print(md)
