# Async comprehensions and await inside comprehensions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in agen(3) if x != 1}
    d = {x % 2 async for x in agen(5)}
    gen = (x * x async for x in agen(3))
    e = [y async for y in gen]
    return a, b, c, d, e
print(run(main()))
