# filter with a predicate or None, and its laziness.
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isupper, "aBcDe")), list(filter(bool, ())))
f = filter(lambda x: 1 / x, [1, 0])
print(next(f))
try:
    next(f)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for args in ((None,), (None, 5), (len, [1], [2])):
    try:
        list(filter(*args))
    except TypeError as e:
        print(type(e).__name__, e)
