def foo(await):
                async def foo(): pass
                async def foo(): pass
                return await + 1
            