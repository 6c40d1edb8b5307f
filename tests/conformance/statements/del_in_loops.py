# Deleting list items while iterating over a copy or backwards.
items = list(range(10))
for i in range(len(items) - 1, -1, -1):
    if items[i] % 3 == 0:
        del items[i]
print(items)
d = {k: k * k for k in range(6)}
for k in list(d):
    if d[k] > 5:
        del d[k]
print(d)
