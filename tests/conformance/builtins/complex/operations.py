# Complex arithmetic, powers, abs and hash.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0, b ** -1, abs(b), -a, a.conjugate())
print(a == 1 + 2j, a != b, (1 + 0j) == 1, hash(1 + 0j) == hash(1), hash(2j), hash(complex(1, 1)))
print(1j ** 1j, (0j) ** 0, 2 ** (1 + 1j))
for expr in ("0j ** -1", "1 / 0j", "a < b", "int(a)", "float(a)", "a % 2"):
    try:
        print(eval(expr))
    except (ZeroDivisionError, TypeError) as e:
        print(expr, type(e).__name__, e)
