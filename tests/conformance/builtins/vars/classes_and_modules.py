# vars() of classes gives a read-only mappingproxy.
class C:
    a = 1
    def m(self):
        pass
v = vars(C)
print(type(v).__name__, v["a"], "m" in v, "__module__" in v)
try:
    v["b"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(C) if not k.startswith("__")))
print(type(vars(__builtins__)).__name__, "len" in vars(__builtins__))
