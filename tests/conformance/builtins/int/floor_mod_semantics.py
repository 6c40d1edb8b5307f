# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (2 ** 70, -3), (-(2 ** 70), 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q * b + r == a)
