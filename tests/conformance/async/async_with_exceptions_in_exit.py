# __aexit__ receives the exception, and its own exception chains to the body's.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        raise RuntimeError(f"exit saw {t.__name__}")
async def main():
    try:
        async with CM():
            raise ValueError("body")
    except RuntimeError as e:
        return str(e), repr(e.__context__)
print(run(main()))
