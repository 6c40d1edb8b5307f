def bar():
                 [i for i in await els]
            