# async for over an async iterator class and an async generator.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class ACounter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    out = []
    async for v in ACounter(3):
        out.append(v)
    async for v in agen(3):
        out.append(v)
    else:
        out.append("else")
    return out
print(run(main()))
