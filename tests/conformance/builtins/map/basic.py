# map with one and several iterables, laziness and errors.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(len, ["a", "bb", ""])), list(map(int, "123")), list(map(abs, [])), list(map(max, [1, 5], [4, 2], [3, 3])))
m = map(lambda x: 10 // x, [5, 2, 0])
print(next(m), next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for args in ((len,), (len, 5), (5, [1])):
    try:
        list(map(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(list(map(lambda x, y: (x, y), [1, 2, 3], "ab")))
