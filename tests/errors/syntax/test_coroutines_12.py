async def foo():
                def bar():
                 [[async for i in b] for b in els]
            