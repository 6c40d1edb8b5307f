# sorted() with keys that fail, and stability with equal keys.
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
def key(x):
    if x == 3:
        raise ValueError("bad key")
    return x
try:
    sorted([1, 3, 2], key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=None), sorted(x for x in "cba"))
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
