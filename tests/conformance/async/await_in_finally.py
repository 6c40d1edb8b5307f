# await inside finally and except blocks.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def note(log, msg):
    log.append(msg)
async def main():
    log = []
    try:
        try:
            raise KeyError("k")
        except KeyError:
            await note(log, "except")
            raise
        finally:
            await note(log, "finally")
    except KeyError:
        await note(log, "outer")
    return log
print(run(main()))
