# list dunder methods called directly.
a = [3, 1, 2]
print(a.__len__(), a.__getitem__(0), a.__contains__(2), a.__add__([4]), a.__mul__(2), a.__iadd__([5]) is a)
print(a.__eq__([3, 1, 2, 5]), a.__lt__([4]), a.__reversed__().__next__())
print(list.__name__, list.__mro__, list.__hash__)
