# while/else: else runs unless the loop breaks.
n = 0
while n < 3:
    n += 1
else:
    print("completed", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else of never-run loop")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
