# Closing an async generator after partial iteration runs its finally block.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticker finally")
async def main():
    t = ticker()
    got = []
    async for v in t:
        got.append(v)
        if v == 2:
            break
    await t.aclose()
    return got
print(run(main()))
