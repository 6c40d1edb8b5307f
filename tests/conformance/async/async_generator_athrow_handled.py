# An async generator can handle athrow and continue yielding.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    while True:
        try:
            yield "tick"
        except ValueError as e:
            yield f"handled {e}"
g = agen()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("v1"))))
print(run(g.__anext__()))
print(run(g.aclose()))
