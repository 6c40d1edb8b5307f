def f():  await arange(10)
