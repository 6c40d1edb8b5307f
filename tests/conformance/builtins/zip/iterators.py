# zip is an iterator that pulls from each argument in order.
class Loud:
    def __init__(self, name, n):
        self.name = name
        self.items = iter(range(n))
    def __iter__(self):
        return self
    def __next__(self):
        v = next(self.items)
        print("next from", self.name, v)
        return v
print(list(zip(Loud("a", 2), Loud("b", 1))))
z = zip("ab", "cd")
print(iter(z) is z, type(z).__name__)
