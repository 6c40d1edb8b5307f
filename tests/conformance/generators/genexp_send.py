# Generator expressions support send(None), throw and close like generators.
g = (x * 2 for x in range(3))
print(g.send(None), next(g))
g.close()
print(list(g))
g = (x for x in range(3))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print(type(e).__name__, e)
print(list(g))
