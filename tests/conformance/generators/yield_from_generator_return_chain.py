# Return values flow up through several levels of yield from.
def level3():
    yield "l3"
    return 3
def level2():
    v = yield from level3()
    yield "l2"
    return v + 20
def level1():
    v = yield from level2()
    return v + 100
g = level1()
print(list(g))
def collect():
    try:
        while True:
            print(next(gen_obj))
    except StopIteration as e:
        return e.value
gen_obj = level1()
print(collect())
