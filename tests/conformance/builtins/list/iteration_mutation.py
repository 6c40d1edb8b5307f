# Iterating while appending or removing shows the live list.
a = [1, 2, 3, 4]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1]
for x in b:
    if x < 5:
        b.append(x + 1)
print(b)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
