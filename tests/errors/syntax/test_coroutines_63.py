def foo():
                await = 1
            