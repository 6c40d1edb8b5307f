# hash of ints, floats, bools, None-like singletons and tuples of ints is deterministic.
for v in (0, 1, -1, 2 ** 62, -(2 ** 62), 2 ** 61 - 1, 3.5, -0.5, 1e-300, True, False, (), (1, 2), (1, (2, 3)), (-1, -2)):
    print(repr(v), hash(v))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(1.0) == hash(1), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
