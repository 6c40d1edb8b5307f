# Unbounded recursion collapses repeated frames in the traceback.
def recurse(n):
    return recurse(n + 1)
recurse(0)
