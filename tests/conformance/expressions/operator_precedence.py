# Operator precedence and associativity.
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, 2 ** -1)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, 6 & 3 << 1)
print(not 1 == 2, not (1 and 0), 1 + 2 == 3 and 4 > 3)
print(10 - 5 - 2, 100 / 10 / 5, 2 ** 2 ** 3, 7 // 2 * 2, 7 % 3 * 2)
print(-~5, ~-5, not not 0, - - 3, + - 3)
print(1 if 0 else 2 if 0 else 3)
one = 1
print((lambda: 0 if True else 1)(), one is not None)
print([x for x in range(3)] + [3] * 2)
print("a" "b" * 2, ("a" "b") * 2)
