# globals() is the module dict; locals() snapshots function locals.
g_value = 10
print(globals()["g_value"], globals() is globals(), "__name__" in globals(), globals()["__name__"])
globals()["created"] = "via globals"
print(created)
def f(a, b=2):
    c = a + b
    snap = locals()
    d = 4
    return snap
print(f(1))
def g():
    x = 1
    locals()["x"] = 2
    return x
print(g())
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(sorted(k for k in globals() if not k.startswith("__")))
