async def foo(await):
                   pass
            