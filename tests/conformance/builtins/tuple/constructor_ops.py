# tuple() construction, concatenation, repetition, comparison and errors.
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), (1,) + (2, 3), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), () < (0,), (1, 2) == [1, 2])
t = (1, 2)
print(tuple(t) is t, t * 1 is t, len(t), t[0], t[-1], t[::-1])
for call in (lambda: tuple(5), lambda: (1,) + [2], lambda: t.__setitem__(0, 1), lambda: t[5]):
    try:
        call()
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
