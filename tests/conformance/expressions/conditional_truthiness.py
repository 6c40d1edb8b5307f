# Truth values of builtin objects and custom __bool__/__len__.
for v in (0, 1, -1, 0.0, 0.1, 0j, 1j, "", "a", b"", b"\0", [], [0], (), (None,), {}, {0: 0},
          set(), frozenset([1]), range(0), range(1), None, True, False):
    print(repr(v), bool(v), "yes" if v else "no")
class L:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(L()), bool(B()), not L())
