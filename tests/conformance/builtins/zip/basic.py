# zip over iterables of unequal length stops at the shortest.
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5))), list(zip([1], [2], [3], [4])))
print(dict(zip("abc", [1, 2, 3])), list(zip(*[(1, "a"), (2, "b")])))
z = zip([1, 2], "xy")
print(next(z), list(z), list(z))
def loud(n):
    for i in range(n):
        print("produce", i)
        yield i
print(list(zip(loud(3), [0])))
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
