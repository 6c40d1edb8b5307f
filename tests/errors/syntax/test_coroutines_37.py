def foo():
                   def baz(): pass
                   # 456
                   async def bar(): pass
                   # 123
                   await a
            