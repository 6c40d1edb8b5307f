# Exceptions propagate through awaits and can be caught in async code.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fails():
    raise ValueError("inside")
async def catcher():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("finally in coroutine")
print(run(catcher()))
try:
    run(fails())
except ValueError as e:
    print("propagated", e)
class Pause:
    def __await__(self):
        yield
async def paused():
    try:
        await Pause()
    except KeyError as e:
        return f"thrown in: {e!r}"
c = paused()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
