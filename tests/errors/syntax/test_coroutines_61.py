async with resource:
                   pass
            