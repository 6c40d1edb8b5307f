# Classes with only __getitem__ support iteration and membership tests.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s, list(reversed([*s])), sorted(s, reverse=True))
a, b, *c = s
print(a, b, c)
