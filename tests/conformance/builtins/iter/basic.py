# iter() over iterables and the two-argument sentinel form.
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(type(iter("ab")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
values = [1, 2, 3, 0, 4]
pos = [0]
def read():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
counter = iter(lambda: len(values), 99)
print(next(counter), next(counter))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
i2 = iter([])
print(iter(i2) is i2)
