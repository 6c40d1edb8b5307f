# Integer arithmetic operators, including floor division and modulo signs.
values = [7, -7, 0, 1, -1, 12345678901234567890]
for a in values:
    for b in (3, -3, 1, 7):
        print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(10 ** 30, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(0 ** 0, 1 ** -5)
