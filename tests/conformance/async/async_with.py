# async with calls __aenter__/__aexit__ and awaits them.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)
    async with Resource("c", suppress=True):
        raise ValueError("hidden")
    try:
        async with Resource("d"):
            raise KeyError("shown")
    except KeyError as e:
        print("caught", repr(e))
    return "ok"
print(run(main()))
