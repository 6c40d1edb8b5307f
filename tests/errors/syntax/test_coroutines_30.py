async def foo():
                await
            