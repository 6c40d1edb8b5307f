# The Ellipsis literal and its uses.
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...))
def stub():
    ...
print(stub())
class Grid:
    def __getitem__(self, key):
        return key
print(Grid()[..., 1], Grid()[1:2, ...])
print(bool(...), ... == ...)
