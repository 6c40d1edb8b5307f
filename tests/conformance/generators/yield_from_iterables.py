# yield from accepts any iterable and its return value comes from StopIteration.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
def gen():
    r = yield from Countdown(3)
    print("returned", r)
    yield from {1: "a", 2: "b"}
    yield from (x for x in "xy")
print(list(gen()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
