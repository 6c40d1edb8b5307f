# Awaiting non-awaitables and bad __await__ results raise TypeError.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class BadAwait:
    def __await__(self):
        return 5
async def await_int():
    await 5
async def await_bad():
    await BadAwait()
for fn in (await_int, await_bad):
    try:
        run(fn())
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
async def ok():
    return 1
c = ok()
run(c)
try:
    run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
