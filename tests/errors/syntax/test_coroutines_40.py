async def foo():

                   def baz(): pass

                   async def bar(): pass

                   await = 2
            