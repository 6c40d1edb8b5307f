def f():
                   async with asyncio.Lock() as l:
                       a = 1
