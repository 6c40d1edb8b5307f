# Async generators cannot return values; yielding in a finally during aclose errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
try:
    exec("async def f():\n    yield 1\n    return 2\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
