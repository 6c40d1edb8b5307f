# An exception thrown into a generator that does not handle it.
def worker():
    while True:
        yield "working"
w = worker()
next(w)
w.throw(InterruptedError("stop now"))
