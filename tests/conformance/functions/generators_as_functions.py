# A function containing yield is a generator function even if yield is unreachable.
def gen():
    if False:
        yield
    return 5
g = gen()
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
def normal():
    return 5
print(normal())
print(gen.__code__.co_flags & 0x20 != 0, normal.__code__.co_flags & 0x20 != 0)
