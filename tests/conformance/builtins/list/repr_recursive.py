# repr of lists containing themselves and various element types.
a = [1, "two", 3.0, None, [4], (5,), {6: 7}]
print(a, repr(a), str(a))
a.append(a)
print(a)
b = [[]]
b[0].append(b)
print(b)
print([], [[]], ["'", '"'])
