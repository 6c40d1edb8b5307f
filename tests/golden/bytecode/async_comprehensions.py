# Async comprehensions iterate with GetANext and end on StopAsyncIteration.
async def f(source):
    a = [x async for x in source]
    b = [await g(x) for x in range(3)]
    return (y async for y in source)
