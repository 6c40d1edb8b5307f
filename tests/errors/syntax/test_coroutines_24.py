def bar():
                 [i for i in els
                    for b in await els]
            