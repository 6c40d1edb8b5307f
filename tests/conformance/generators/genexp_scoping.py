# Generator expressions capture enclosing variables at run time.
n = 10
g = (n + i for i in range(3))
n = 100
print(list(g))
def make():
    base = 1
    gen = (base * i for i in range(3))
    base = 5
    return gen
print(list(make()))
items = [1, 2]
g = (x for x in items)
items = [9, 9]
print(list(g))
