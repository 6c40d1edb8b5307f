# Starred targets in nested positions and with strings.
a, *b, (c, *d) = 1, 2, 3, "xyz"
print(a, b, c, d)
*_, last = range(100)
print(last)
head, *tail = "h"
print(head, tail)
x = *range(3), 4
print(x)
