# min and max over iterables and arguments, with key and default.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("apple", "banana"), min("hello"), max((1, 2), (1, 3)))
print(min([], default="empty"), max([], default=None), min([5], default=0), max([1, 5, 3], key=lambda x: -x))
print(max(["a", "bbb", "cc"], key=len), min(["a", "bbb", "cc"], key=len), max([1, 2, 2.0]), min([2.0, 2, 1.0, 1]))
print(max(1, 2, key=lambda x: 0), min({"a": 3, "b": 1}), max(range(10)))
