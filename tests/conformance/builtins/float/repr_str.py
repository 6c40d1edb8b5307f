# Shortest round-trip repr of floats and scientific notation thresholds.
values = [0.0, -0.0, 1.0, 0.1, 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 123456789012345.6,
          1e-4, 1e-5, 1.234e-5, 9.999999999999999e22, 1e23, 2 ** 0.5, 3.141592653589793,
          float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308, 5e-324, 4.35, 0.3]
for v in values:
    print(repr(v), str(v), v.__repr__() == repr(v))
print([1.0, 2.5], (0.1,), {0.5: 1.5})
