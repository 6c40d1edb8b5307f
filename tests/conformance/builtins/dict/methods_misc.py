# Dict dunder methods and class attributes.
d = {"a": 1}
print(d.__len__(), d.__getitem__("a"), d.__contains__("a"), d.__eq__({"a": 1}), d.__or__({"b": 2}))
print(dict.__name__, dict.__mro__, dict.__hash__, type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(list(iter(d)), list(reversed(d)), len(d.items()))
