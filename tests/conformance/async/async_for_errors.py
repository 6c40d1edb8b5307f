# async for over objects missing __aiter__/__anext__ raises TypeError.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class NoAnext:
    def __aiter__(self):
        return self
async def loop_over(obj):
    async for _ in obj:
        pass
for obj in ([1, 2], NoAnext()):
    try:
        run(loop_over(obj))
    except TypeError as e:
        print(type(e).__name__, e)
class NoAenter:
    pass
async def use_with():
    async with NoAenter():
        pass
try:
    run(use_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
