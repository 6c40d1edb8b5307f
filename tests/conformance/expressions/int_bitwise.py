# Bitwise operators on small, negative and large ints.
for a in (0, 5, -5, 255, -256, 2 ** 70 + 3):
    for b in (0, 3, -3):
        print(a, b, a & b, a | b, a ^ b)
    print(~a, a << 3, a >> 2, -a >> 1)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, 5 >> 100)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
