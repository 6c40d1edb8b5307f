# Chained and tuple assignment, swapping and nested targets.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, (t, u)] = "a", ["b", "c"]
print(s, t, u)
i = j = 0
i += 1
print(i, j)
for k, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(k, m, n)
d = {}
d["a"] = d["b"] = 5
print(d)
