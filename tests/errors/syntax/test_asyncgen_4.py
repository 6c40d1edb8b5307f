async def foo():
            yield
            return 123
        