[[i async for i in a] for a in elts]
            