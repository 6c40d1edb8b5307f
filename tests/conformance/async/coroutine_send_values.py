# Values sent into a coroutine reach the innermost yield in __await__.
class Receive:
    def __await__(self):
        value = yield "need value"
        return value
async def adder():
    a = await Receive()
    b = await Receive()
    return a + b
c = adder()
print(c.send(None))
print(c.send(2))
try:
    c.send(40)
except StopIteration as e:
    print("sum", e.value)
