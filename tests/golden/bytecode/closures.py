# Cells and free variables: MakeCell, CopyFreeVars, LoadClosure, LoadDeref, StoreDeref.
def outer(a):
    b = 1
    def inner():
        nonlocal b
        b += a
        return b
    return inner

def outer_class():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
