# Class-based iterators with __iter__ and __next__.
class Range2:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r))
class Iterable:
    def __iter__(self):
        yield from range(3)
it = Iterable()
print(list(it), list(it), sum(it), 2 in it)
class OldStyle:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
print(list(OldStyle()), list(iter(OldStyle())))
