# Coroutines and async generators: await is a Send loop over GetAwaitable.
async def coro():
    await sleep(1)
    async with lock as held:
        pass
    async for item in stream:
        print(item)

async def agen():
    yield 1
    await x
