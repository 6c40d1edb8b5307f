# Tuples are immutable but may contain mutable objects.
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
a, b = t
print(a, b)
x = 1,
print(x, type(x).__name__)
