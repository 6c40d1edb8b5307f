async def foo():
            await abc
            yield from 123
        