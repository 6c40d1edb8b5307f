# A decorator that turns a generator function into a list-returning function.
def collect(gen_fn):
    def run(*args, **kwargs):
        return list(gen_fn(*args, **kwargs))
    run.__name__ = gen_fn.__name__
    return run
@collect
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
print(evens(10), evens.__name__)
