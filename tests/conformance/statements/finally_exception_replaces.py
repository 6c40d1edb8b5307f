# An exception in finally replaces the pending one, with __context__ set.
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
