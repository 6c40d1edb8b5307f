# Nested comprehensions close over each other's variables.
print([[i * j for j in range(3)] for i in range(3)])
fs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in fs])
print([x for x in (y * 2 for y in range(3))])
print({i: {j: i + j for j in range(2)} for i in range(2)})
