# Benchmark: closures over cell variables (reading and nonlocal rebinding), decorators
# with and without arguments, functools-free memoisation, lambdas and *args/**kwargs.

def make_counter(start):
    count = start

    def step(amount=1):
        nonlocal count
        count += amount
        return count
    return step


def make_adder(n):
    return lambda x: x + n


def compose(*functions):
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value
    return composed


def counting(calls):
    # A decorator that counts calls through a mutable cell.
    def decorate(function):
        def wrapper(*args, **kwargs):
            calls[0] += 1
            return function(*args, **kwargs)
        return wrapper
    return decorate


def memoize(function):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        result = function(n)
        cache[n] = result
        return result
    wrapper.cache = cache
    return wrapper


CALLS = [0]


@counting(CALLS)
def weighted(a, b, scale=1, *, bias=0):
    return (a * b) * scale + bias


@memoize
def partitions(n):
    # Number of ways to write n as an ordered sum of 1, 2 and 3.
    if n < 0:
        return 0
    if n == 0:
        return 1
    return partitions(n - 1) + partitions(n - 2) + partitions(n - 3)


def main():
    counter = make_counter(10)
    for i in range(500000):
        counter(i & 3)
    print("counter", counter(0))

    adders = [make_adder(k) for k in range(10)]
    pipeline = compose(*adders)
    total = 0
    for i in range(50000):
        total += pipeline(i)
    print("compose", total)

    total = 0
    for i in range(250000):
        total += weighted(i, 3, 2, bias=1) + weighted(i, 1)
    print("decorated", total, CALLS[0])

    total = 0
    for r in range(100):
        partitions.cache.clear()
        total += partitions(250 + r) % 1000003
    print("memo", total)


main()
