# sum with start values, floats, and the string restriction.
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum(x * x for x in range(4)), sum([1], start=5))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([10 ** 20, 1.5]))
for call in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum(["a"]), lambda: sum(5), lambda: sum([bytearray(b"x")], bytearray())):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
