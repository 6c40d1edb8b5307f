# Float hashes equal int hashes for integral values; special values.
for v in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e10, 1e100, 2.0 ** 61, 0.1, float("inf"), float("-inf")):
    print(v, hash(v))
print(hash(2.0) == hash(2), hash(1e100) == hash(int(1e100)))
