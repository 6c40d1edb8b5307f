# frozensets nest inside sets; subclasses keep their type for some operations.
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(s), frozenset() in s)
class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x).__name__, type(x | {3}).__name__, x == {1, 2}, sorted(x))
print(set([1]) == frozenset([1]), frozenset([1]) == set([1]))
