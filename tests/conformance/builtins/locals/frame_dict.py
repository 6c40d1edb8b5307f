# locals() and f_locals of a function return one dict per frame, refreshed from the
# fast locals at each call: names exec() stores there stay, unbound names leave.
import sys
def scope():
    a = 1
    first = locals()
    exec("v = 1")
    b = 2
    second = locals()
    del a
    third = locals()
    return first is second is third, sorted(third), "v" in third
print(scope())
def frames():
    x = 1
    f = sys._getframe()
    d = f.f_locals
    x = 2
    return d is f.f_locals, d["x"], d is locals()
print(frames())
def closure():
    c = 1
    def inner():
        return c
    l = locals()
    return sorted(l), inner()
print(closure())
class K:
    y = 1
    print(sorted(locals()))
print(locals() is globals())
