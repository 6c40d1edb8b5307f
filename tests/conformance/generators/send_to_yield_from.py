# Values sent to the outer generator reach the innermost yield.
def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def middle():
    result = yield from inner()
    return result * 2
def outer():
    final = yield from middle()
    yield f"final {final}"
g = outer()
next(g)
g.send(1)
g.send(2)
print(g.send(None))
