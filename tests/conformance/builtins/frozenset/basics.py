# frozenset is hashable, immutable and interoperates with set.
f = frozenset([3, 1, 2, 1])
print(f, frozenset(), len(f), 2 in f, f | {4}, f & {1, 9}, f - {1}, f ^ {1, 7})
print(frozenset([1, 2]) == {1, 2}, {frozenset([1]): "key"}, hash(frozenset()) == hash(frozenset([])))
print(type(f.union([9])).__name__, type(set(f)).__name__, f.copy() is f, frozenset(f) is f)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({frozenset({1}), frozenset([1])})
