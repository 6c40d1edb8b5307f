# Changing a dict's size during iteration raises RuntimeError.
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k].upper()
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(4)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
