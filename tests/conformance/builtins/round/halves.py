# round-half-even on exact binary halves and on decimal strings' nearest floats.
print([round(x + 0.5) for x in range(-4, 5)])
print([round(x / 8, 2) for x in range(0, 9)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45, 0.55)])
print(round(10 ** 22 + 0.5), round(2 ** 53 + 1.0), round(-0.4), round(0.49999999999999994))
