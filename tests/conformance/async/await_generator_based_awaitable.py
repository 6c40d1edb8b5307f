# Objects whose __await__ is a generator function, and awaiting them repeatedly.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            yield f"tick {i}"
        return self.ticks
async def main():
    a = await Sleep(2)
    b = await Sleep(1)
    return a + b
c = main()
out = []
try:
    while True:
        out.append(c.send(None))
except StopIteration as e:
    out.append(("result", e.value))
print(out)
