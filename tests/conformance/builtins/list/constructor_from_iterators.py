# list() consumes iterators, generators and objects with __iter__ or __getitem__.
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
class Indexed:
    def __getitem__(self, i):
        if i == 3:
            raise IndexError
        return chr(97 + i)
it = iter([1, 2, 3])
next(it)
print(list(it), list(Squares(4)), list(Indexed()), list(map(abs, [-1, -2])), list(reversed("ab")))
