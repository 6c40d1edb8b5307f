# zip(strict=True) raises ValueError naming the shorter or longer argument.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
got = []
try:
    for pair in zip(range(3), "ab", strict=True):
        got.append(pair)
except ValueError as e:
    print(got, e)
