async def foo(async):
                   pass
            