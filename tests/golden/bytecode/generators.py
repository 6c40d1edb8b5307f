# Generators: YieldValue and Resume; yield from uses the Send loop.
def gen():
    x = yield 1
    yield
    y = yield from other()
    return x + y

lam = lambda: (yield)
