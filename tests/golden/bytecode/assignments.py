# Plain, chained, tuple and starred assignments, and the two-item swap.
a = 1
b = c = a
d, e = e, d
f, *g, h = range(5)
[i, (j, k)] = 1, (2, 3)
x.y = 1
x[0] = 2
