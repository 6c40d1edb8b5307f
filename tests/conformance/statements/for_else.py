# for/else, break and continue over various iterables.
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break")
for x in "abc":
    if x == "b":
        break
else:
    print("not printed")
print(x)
for x in []:
    print("never")
else:
    print("empty else")
for i in range(10):
    if i % 3:
        continue
    print(i, end=" ")
print()
for k in {"a": 1, "b": 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
