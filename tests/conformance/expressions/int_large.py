# Arbitrary-precision integers: arithmetic and conversions.
a = 2 ** 200
b = 3 ** 120
print(a, b)
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(divmod(a, 12345), divmod(-a, 12345), a >> 150, a & (2 ** 64 - 1))
print(pow(a, 3, 10 ** 9 + 7), pow(3, -1, 7), (-a) ** 3 < 0)
print(a / b, float(a), int(float(a)) == a)
f = 1
for i in range(1, 40):
    f *= i
print(f, len(str(f)), f % 1000003)
print(int("9" * 50) + 1, -(10 ** 40) // 3)
