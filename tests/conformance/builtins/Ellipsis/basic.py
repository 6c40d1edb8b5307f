# Ellipsis is a singleton usable as a value, default and subscript.
print(Ellipsis, repr(...), str(...), ... is Ellipsis, ... == Ellipsis, type(...).__name__, bool(...))
def f(x=...):
    return "default" if x is ... else x
print(f(), f(1))
class S:
    def __getitem__(self, k):
        return k
print(S()[...], S()[..., 0], S()[1:..., ...])
print({...: "ellipsis key"}[...], [...], (..., ...))
try:
    type(...)(1)
except TypeError as e:
    print(type(e).__name__, e)
