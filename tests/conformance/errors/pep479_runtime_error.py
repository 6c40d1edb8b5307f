# StopIteration inside a generator becomes RuntimeError, chained to the original.
def gen():
    yield next(iter([]))
list(gen())
