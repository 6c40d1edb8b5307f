# enumerate with big and negative starts; the counter is a plain int.
e = enumerate("ab", 2 ** 64)
print(list(e))
e = enumerate("abc", -1)
print(list(e))
print([type(i).__name__ for i, _ in enumerate("a", True)])
try:
    enumerate("a", 1.5)
except TypeError as err:
    print(type(err).__name__, err)
