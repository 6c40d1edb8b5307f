async def foo():
            if 0:
                yield
            return 12
        