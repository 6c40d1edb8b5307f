# any() stops at the first truthy value.
print(any([]), any([0]), any([0, 1]), any(["", None, 0.0, []]), any("a"), any({0: 1}), any({1: 0}))
def produce():
    for v in (0, "", "found", "never"):
        print("checking", repr(v))
        yield v
print(any(produce()))
print(any(x > 10 for x in range(5)), any(x > 3 for x in range(5)))
for arg in (None, 1):
    try:
        any(arg)
    except TypeError as e:
        print(type(e).__name__, e)
class Truthy:
    def __bool__(self):
        print("__bool__ called")
        return True
print(any([Truthy(), Truthy()]))
