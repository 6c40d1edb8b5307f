async def foo():
            yield from 123
        