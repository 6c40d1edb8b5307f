# Modifying a list during sort is detected; key errors propagate.
a = [3, 2, 1]
def bad_key(x):
    a.append(x)
    return x
try:
    a.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
def failing(x):
    if x == 2:
        raise KeyError("in key")
    return x
b = [3, 2, 1]
try:
    b.sort(key=failing)
except KeyError as e:
    print(type(e).__name__, e, b)
