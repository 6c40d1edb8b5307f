# reversed() uses __reversed__ or __len__ + __getitem__.
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Seq())), list(reversed(Custom())))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
