# range construction, len, repr, and iteration.
for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(0), range(-5, -1), range(3, 0)):
    print(r, len(r), list(r), bool(r))
print(len(range(0, 10 ** 18, 7)), range(10 ** 20)[-1])
for args in ((), (1, 2, 0), (1.5,), ("1",), (1, 2, 3, 4)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
