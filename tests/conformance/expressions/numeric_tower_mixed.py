# Mixed int/float/complex arithmetic promotes to the wider type.
values = [3, 2.0, 1 + 1j, True]
for a in values:
    print([type(a + b).__name__ for b in values], [type(a * b).__name__ for b in values])
print(3 / 1, type(3 / 1).__name__, 2 ** 2, type(2 ** 2).__name__, 2 ** -2, type(2 ** 0.0).__name__)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, (1 + 2j) * 2, (1 + 2j) / 2, True * 1.5)
