# reverse, copy, and reversed/slicing copies are independent.
a = [1, [2, 3], 4]
b = a.copy()
c = a[:]
a.reverse()
print(a, b, c, b[1] is a[1])
b[1].append("shared")
print(a, list(reversed(a)), a[::-1])
