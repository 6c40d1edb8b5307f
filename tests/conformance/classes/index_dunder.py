# __index__ lets objects be used as sequence indices and in bin/hex/range.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], "abcdef"[I(-1)], bin(I(5)), range(I(3))[I(2)])
print(int(I(7)), operator_like := hex(I(255)))
try:
    lst[I("x")]
except TypeError as e:
    print(type(e).__name__, e)
