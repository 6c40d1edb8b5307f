# Hashes of ints follow the modulus 2**61 - 1 and map -1 to -2.
for n in (0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 2 ** 100, -(2 ** 100), 10 ** 30):
    print(n, hash(n))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(0))
