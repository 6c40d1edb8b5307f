# Constant folding: negative numbers, tuples of constants, __debug__, simple arithmetic.
a = -1
b = (1, 2, (3, -4.5))
c = __debug__
d = 2 * 3 + 1
e = "ab" * 3
f = 1e400
g = -0.0
h = 12345678901234567890123
i = -(9223372036854775808)
j = ~5
k = not 0
