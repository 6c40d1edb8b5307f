# close() returns None; a generator finishing normally during close is fine.
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("finally")
g = gen()
next(g)
print(g.close())
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e)
