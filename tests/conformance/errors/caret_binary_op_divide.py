# Carets for a division inside nested parentheses.
a, b, c = 4, 2, 0
print((a + b) * (b / c) - a)
