# dir() at module level lists the global names sorted.
alpha = 1
def beta():
    pass
class Gamma:
    pass
print([n for n in dir() if not n.startswith("__")])
print("__name__" in dir(), "__builtins__" in dir())
