# for / else with break and continue.
for x in items:
    if x:
        continue
    if y:
        break
    f(x)
else:
    g()
for a, b in [(1, 2)]:
    pass
