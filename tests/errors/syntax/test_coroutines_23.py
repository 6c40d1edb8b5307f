def bar():
                 [i for i in els
                    async for b in els
                    for c in b]
            