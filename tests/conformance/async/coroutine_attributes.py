# Coroutine object attributes and state transitions.
class Pause:
    def __await__(self):
        yield "paused"
async def coro_fn():
    await Pause()
    return 1
c = coro_fn()
print(c.cr_running, c.cr_frame is not None, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_frame)
print(coro_fn.__code__.co_flags & 0x80 != 0)
c2 = coro_fn()
c2.close()
print("closed", c2.cr_frame)
