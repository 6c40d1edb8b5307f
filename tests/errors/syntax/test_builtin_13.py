def f():  [await x async for x in arange(10)]
