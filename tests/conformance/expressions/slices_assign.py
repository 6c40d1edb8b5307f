# Slice assignment and deletion on lists, including extended slices.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-1, -2]
print(a)
a[::2] = "ABCDE"[: len(a[::2])]
print(a)
del a[1::3]
print(a)
a[len(a):] = [100]
print(a)
b = [1, 2, 3]
b[1:2] = []
print(b)
b[:] = range(4)
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
c = [0, 1, 2, 3]
c[3:1] = ["q"]
print(c)
c[::-1] = c
print(c)
