# Conversions between ints and strings in different bases round-trip.
for n in (0, 1, 10, 255, -255, 2 ** 40 + 7):
    for base, fmt in ((2, "b"), (8, "o"), (16, "x")):
        text = format(n, fmt)
        assert int(text, base) == n
    print(n, format(n, "b"), format(n, "o"), format(n, "x"), int(str(n)))
print(int("zz", 36), int("-0b101", 0), int("0O17", 0), int("0X1f", 0))
