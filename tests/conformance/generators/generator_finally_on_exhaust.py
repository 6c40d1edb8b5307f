# finally blocks run when the generator finishes or returns early.
def gen(n):
    try:
        for i in range(n):
            if i == 2:
                return "early"
            yield i
    finally:
        print("finally for", n)
print(list(gen(1)))
print(list(gen(5)))
g = gen(5)
print(next(g))
g.close()
