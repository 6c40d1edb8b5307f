# Starred expressions in displays, calls and assignment targets.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, [*range(3), *"ab"])
print({**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *b, sep="-")
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
x, *y, z = range(5)
print(x, y, z)
p, *q = [1]
print(p, q)
(m, n), *o = [(1, 2), 3]
print(m, n, o)
[*s] = (9, 8)
print(s)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, k=1, **{"j": 2}))
