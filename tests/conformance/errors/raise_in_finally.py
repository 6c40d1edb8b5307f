# An exception in finally replaces the one in flight, with context.
def f():
    try:
        raise ValueError("from try")
    finally:
        raise KeyError("from finally")
f()
