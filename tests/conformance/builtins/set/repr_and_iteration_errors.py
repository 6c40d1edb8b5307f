# repr of sets of small ints, empty set, and size change during iteration.
print(set(), {0}, {3, 1, 2}, {-1, 1}, repr({frozenset()}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self):
        return "R"
print({R()})
