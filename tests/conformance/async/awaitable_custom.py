# Awaiting objects whose __await__ yields suspends the whole coroutine chain.
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield self.label
        return f"{self.label} resumed with {received}"
async def work():
    a = await Suspend("first")
    print(a)
    b = await Suspend("second")
    print(b)
    return "done"
coro = work()
print(coro.send(None))
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as e:
    print("result", e.value)
