# all and any short-circuit and accept any iterable.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]), all("abc"), any(range(0)))
def values():
    for v in (1, 0, 2):
        print("yield", v)
        yield v
print(all(values()))
print(any(values()))
for arg in (5, None):
    try:
        all(arg)
    except TypeError as e:
        print(type(e).__name__, e)
