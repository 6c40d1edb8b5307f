# throw() accepts an exception class, instance, or class with value.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
g = gen()
next(g)
g.throw(ValueError)
g.throw(ValueError("instance"))
g.throw(KeyError, "legacy value")
g.throw(TypeError, ("a", "b"))
g.close()
