async def foo():
            await abc
            yield
            return 123
        