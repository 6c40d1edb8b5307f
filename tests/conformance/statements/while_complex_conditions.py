# while conditions with walrus, boolean operators and counters.
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
total = 0
while (item := next(it, None)) is not None and total < 10:
    total += item
print(total, item)
a, b = 0, 1
fibs = []
while len(fibs) < 10:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
