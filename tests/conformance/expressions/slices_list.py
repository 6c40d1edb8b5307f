# Slicing lists with every combination of start/stop/step, including negatives.
a = list(range(10))
for s in (slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
          slice(None, None, -1), slice(8, 2, -2), slice(-1, -5, -1), slice(100, 200), slice(5, 2),
          slice(-100, 3), slice(1, None, 3), slice(None, 3, -1)):
    print(s, a[s])
print(a[::-3], a[3::-1], a[:-11:-1])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
