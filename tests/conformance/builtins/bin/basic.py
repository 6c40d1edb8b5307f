# bin() of ints including negatives and big values.
for n in (0, 1, 2, -2, 255, 1024, -(2 ** 65), True):
    print(n, bin(n), int(bin(n), 2) == n, bin(n).count("1") == abs(n).bit_count())
print(f"{10:b}", f"{10:#010b}", format(-5, "b"), bin(2 ** 100)[:10], len(bin(2 ** 100)))
for arg in (1.5, "1", [1]):
    try:
        bin(arg)
    except TypeError as e:
        print(type(e).__name__, e)
