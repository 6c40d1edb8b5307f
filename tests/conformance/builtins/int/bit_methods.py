# bit_length, bit_count, as_integer_ratio, conjugate, numerator/denominator.
for n in (0, 1, -1, 5, -5, 255, 256, 2 ** 64, -(2 ** 64) + 1):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag)
print(True.bit_length(), type(True.as_integer_ratio()[0]).__name__)
