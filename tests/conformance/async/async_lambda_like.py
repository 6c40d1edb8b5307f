# Coroutine functions stored in containers and called dynamically.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def inc(x):
    return x + 1
async def dbl(x):
    return x * 2
async def pipeline(value, steps):
    for step in steps:
        value = await step(value)
    return value
print(run(pipeline(3, [inc, dbl, inc])))
print(run(pipeline(0, [])))
async def gather(*coros):
    return [await c for c in coros]
print(run(gather(inc(1), dbl(5), pipeline(1, [dbl] * 3))))
