# __del__ runs once for objects in collected cycles (PEP 442); a finalizer may
# resurrect its object; suspended generators in cycles are closed.
import gc

gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
b = Noisy("b")
a.other = b
b.other = a
del a, b
print("collected:", gc.collect() >= 2)

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected:", len(saved), type(saved[0]).__name__, gc.is_finalized(saved[0]))
saved.clear()
print("second collect quiet:", gc.collect() >= 0)


def counter():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally ran")


class Holder:
    pass


h = Holder()
h.gen = counter()
h.me = h
print(next(h.gen))
del h
gc.collect()


class Refcounted:
    def __del__(self):
        print("refcount drop runs __del__ at once")


r = Refcounted()
del r
print("after del")


class Raises:
    def __del__(self):
        raise ValueError("ignored")


x = Raises()
del x
print("exception in __del__ does not propagate")
