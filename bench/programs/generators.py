# Benchmark: generator functions chained into pipelines, generator expressions consumed
# by builtins (sum, max, any, all), yield from delegation and send().

def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def only_odd(source):
    for value in source:
        if value & 1:
            yield value


def squared(source):
    for value in source:
        yield value * value


def take_every(source, step):
    for index, value in enumerate(source):
        if index % step == 0:
            yield value


def pipeline(limit):
    return sum(take_every(squared(only_odd(numbers(limit))), 3))


def genexps(rounds):
    total = 0
    data = list(range(1000))
    for r in range(rounds):
        total += sum(x * 2 for x in data if x % 3 == r % 3)
        total += max(x ^ r for x in data)
        total += any(x > 998 for x in data) + all(x >= 0 for x in data)
    return total


def tree(depth):
    # Recursive delegation with yield from: an in-order walk of a complete binary tree.
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def sending(rounds):
    gen = accumulator()
    next(gen)
    last = 0
    for i in range(rounds):
        last = gen.send(i % 11)
    gen.close()
    return last


def main():
    print("pipeline", pipeline(600000))
    print("genexp", genexps(300))
    print("tree", sum(tree(15)), len(list(tree(12))))
    print("send", sending(300000))


main()
