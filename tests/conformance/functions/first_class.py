# Functions are objects: stored, passed, returned and compared.
def square(x):
    return x * x
def apply(fn, values):
    return [fn(v) for v in values]
ops = {"sq": square, "neg": lambda x: -x, "abs": abs}
print(apply(ops["sq"], [1, 2, 3]), apply(ops["neg"], [1, 2]), apply(ops["abs"], [-3]))
alias = square
print(alias is square, alias == square, alias(9), alias.__name__)
print(callable(square), type(square).__name__, type(abs).__name__)
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, square, abs)(-4))
