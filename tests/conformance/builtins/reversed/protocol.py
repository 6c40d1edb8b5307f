# reversed uses __reversed__, or __len__ and __getitem__; None disables it.
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class NoRev(Seq):
    __reversed__ = None
class Custom:
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Seq())), list(reversed(Custom())))
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed(range(3))
print(type(r).__name__, list(r))
