# divmod of floats preserves the identity q * b + r == a approximately.
for a, b in ((10.5, 3), (-10.5, 3), (10.5, -3), (1e20, 7.0), (0.1, 0.03), (-0.0, 2.0)):
    q, r = divmod(a, b)
    print(a, b, q, r, abs(q * b + r - a) < 1e-9 * max(1, abs(a)))
print(divmod(5, float("inf")), divmod(-5, float("inf")))
