# iter() falls back to __getitem__ starting at 0 until IndexError.
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        print("getitem", i)
        return i
it = iter(Seq())
print(type(it).__name__, list(it))
class StopEarly:
    def __getitem__(self, i):
        raise StopIteration
print(list(StopEarly()))
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
