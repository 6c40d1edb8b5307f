# tuple.index and tuple.count.
t = (1, 2, 3, 2, 1, "a")
print(t.index(2), t.index(2, 2), t.index(1, 1), t.count(2), t.count("a"), t.count(9))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
