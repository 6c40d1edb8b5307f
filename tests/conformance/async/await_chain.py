# Deep chains of awaits and recursion in coroutines.
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
class Tick:
    def __await__(self):
        yield
        return 1
async def countdown(n):
    if n == 0:
        return 0
    tick = await Tick()
    return tick + await countdown(n - 1)
print(run(countdown(10)))
async def fact(n):
    return 1 if n <= 1 else n * await fact(n - 1)
print(run(fact(20)))
