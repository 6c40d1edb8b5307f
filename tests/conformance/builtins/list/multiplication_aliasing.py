# List repetition copies references, not objects.
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid)
proper = [[0] * 3 for _ in range(2)]
proper[0][0] = 1
print(proper)
print([1, 2] * 0, [1] * -5, [[]] * 2)
a = [1]
a *= 3
print(a)
