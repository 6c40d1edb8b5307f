# Integer, float and imaginary literals in all bases with underscores.
print(0b1011, 0o777, 0xFF, 0XaBc, 1_000_000, 0x_FF, 0b_1_0)
print(1e3, 1E-3, 1_0.5_0, .5, 5., 0e0, 1_2e1_0)
print(3j, 1.5j, 1e2j, 0j, 10_0j)
print(0, 00, 0_0, -0)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(type(1), type(1.0), type(1j))
