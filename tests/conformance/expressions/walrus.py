# Assignment expressions in conditions, comprehensions and nested scopes.
data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
values = []
i = 0
while (x := data[i]) != 9:
    values.append(x)
    i += 1
print(values, x)
print([y for v in data if (y := v * 2) > 4], y)
def f():
    total = [last := v for v in range(5)]
    return total, last
print(f())
print((z := 10) + z)
print([(w := a + 1) for a in range(2)], w)
def g():
    if any((hit := v) > 4 for v in data):
        return hit
print(g())
