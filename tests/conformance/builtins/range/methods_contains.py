# range.count, range.index, membership, equality and hash.
r = range(0, 20, 5)
print(r.count(5), r.count(6), r.index(15), 10 in r, 11 in r, 10.0 in r, "a" in r, r.start, r.stop, r.step)
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 2)))
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(5)), min(range(3, 9)))
