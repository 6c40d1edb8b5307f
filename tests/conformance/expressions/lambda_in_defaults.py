# Default values are evaluated once, at definition time.
counter = [0]
def make():
    counter[0] += 1
    return counter[0]
def f(x=make()):
    return x
print(f(), f(), counter)
def g(acc=[]):
    acc.append(len(acc))
    return acc
print(g(), g(), g([9]))
h = lambda y=make(): y
print(h(), counter)
