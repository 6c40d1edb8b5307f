# throw() raises inside the generator at the paused yield.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
    yield "after"
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g = gen()
try:
    g.throw(KeyError("unstarted"))
except KeyError as e:
    print("propagated from unstarted", repr(e))
g = gen()
next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))
