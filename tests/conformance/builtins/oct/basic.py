# oct() of ints and __index__ objects; round-trips through int(..., 8).
for n in (0, 7, 8, -8, 511, 2 ** 70, -(2 ** 70), False):
    print(n, oct(n), int(oct(n), 8) == n, int(oct(n), 0) == n)
class I:
    def __index__(self):
        return 64
print(oct(I()), f"{64:o}", f"{64:#o}", "%o" % 64, "%#o" % 64)
for arg in (8.0, "8", None):
    try:
        oct(arg)
    except TypeError as e:
        print(type(e).__name__, e)
