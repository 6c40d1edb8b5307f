# Indexing and slicing ranges produce ints and ranges.
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[-2:], r[100:], list(r[1::3]))
print(range(10)[::-3], range(0)[::-1], range(5)[1:-1:2])
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__, e)
big = range(10 ** 30)
print(big[-1], big[10 ** 29], big[::10 ** 29])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
