# global and nonlocal inside class bodies.
n = 0
class C:
    global n
    n = 5
print(n, hasattr(C, "n"))
def outer():
    m = 1
    class K:
        nonlocal m
        m = 2
    return m
print(outer())
