# complex attributes and interaction with other numeric types.
z = complex(2, -3)
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), z.__abs__(), z.__neg__(), z.__pos__())
print(1 + z, z + 1.5, True + z, z * 2, 2 / z, z.__radd__(1), z.__rtruediv__(1))
print(complex.__name__, complex.__mro__, isinstance(z, complex))
