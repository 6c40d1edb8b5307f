# Set comprehensions of small ints print in a deterministic order.
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
print(sorted({c for c in "mississippi"}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(len({i // 2 for i in range(10)}))
