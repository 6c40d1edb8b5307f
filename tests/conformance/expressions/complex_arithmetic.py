# Complex numbers: literals, operators, attributes and errors.
a = 3 + 4j
b = 1 - 2j
print(a, b, a + b, a - b, a * b, a / b, -a, +a)
print(a.real, a.imag, a.conjugate(), abs(a))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 3, 2 ** (1j * 0))
print(a == 3 + 4j, a != b, 0j == 0, complex(1, 0) == 1)
print(1j, -1j, 0j, -0j, complex(-0.0, -0.0), 1e300j * 1e10)
for expr in ("a < b", "a // b", "a % b", "1 / 0j", "divmod(a, b)"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
