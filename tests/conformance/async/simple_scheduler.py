# A round-robin scheduler that interleaves coroutines without asyncio.
class Yield:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name.upper()
def schedule(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
    return results
log = []
print(schedule({"a": worker("a", 3, log), "b": worker("b", 1, log), "c": worker("c", 2, log)}))
print(log)
