# float to int conversions and floor/ceil-like behaviour through int().
for v in (0.0, 0.9, -0.9, 1.5, -1.5, 1e15 + 0.5, 2.0 ** 63, -(2.0 ** 63), 1e100):
    print(v, int(v), v.__trunc__(), v.__floor__(), v.__ceil__())
