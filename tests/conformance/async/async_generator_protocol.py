# Async generators: __anext__, asend, athrow and aclose driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        received = yield 1
        print("received", received)
        yield 2
        yield 3
    finally:
        print("agen cleanup")
g = agen()
print(type(g).__name__)
print(run(g.__anext__()))
print(run(g.asend("hello")))
try:
    run(g.athrow(ValueError("thrown")))
except ValueError as e:
    print("athrow propagated", e)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
g2 = agen()
run(g2.__anext__())
print(run(g2.aclose()))
