# Generator expressions are lazy and single-use.
def src():
    for i in range(3):
        print("producing", i)
        yield i
g = (x * 10 for x in src())
print("created")
print(next(g))
print(list(g))
print(list(g))
print(type(g).__name__)
gen = (i for i in range(3))
print(sum(gen), sum(gen))
try:
    (1 / x for x in [1, 0])
    print("no error until iterated")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
