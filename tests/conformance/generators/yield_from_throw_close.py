# yield from forwards throw() and close() to the subgenerator.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner handled"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("x")))
g.close()
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
