# Awaiting an async generator's __anext__()/asend() directly yields the produced value;
# a plain iterator delegate's StopIteration value is the result of `yield from`.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    received = yield 1
    yield received * 2


async def main():
    g = agen()
    first = await g.__anext__()
    second = await g.asend(21)
    return first, second


print(run(main()))


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n


def delegate():
    result = yield from Counter()
    return result


print(run(delegate()))
