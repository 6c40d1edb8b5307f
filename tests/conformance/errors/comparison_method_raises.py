# An exception raised inside a Python __lt__ / __eq__ (run inline by the interpreter)
# reaches the top level: the traceback shows the comparison and the method.


class Ranked:
    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.missing


first, second = Ranked(1), Ranked(2)
print(first != second, first == Ranked(1))
if first < second:
    print("unreachable")
