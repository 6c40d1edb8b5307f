# Coroutines driven by hand with send(None) until StopIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
print(run(main()))
c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
