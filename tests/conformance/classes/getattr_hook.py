# __getattr__ is only called when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
print(p.target)
print(p.count(1))
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Default:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
d = Default()
print(d.xy, getattr(d, "zz", "fallback"), hasattr(d, "q"), hasattr(d, "xq"))
