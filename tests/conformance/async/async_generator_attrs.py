# Async generator attributes: ag_running, ag_code, __name__.
async def agen():
    yield 1
g = agen()
print(g.__name__, g.__qualname__, g.ag_running, g.ag_code.co_name)
print(agen.__code__.co_flags & 0x200 != 0)
a = g.__aiter__()
print(a is g)
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
