# hash() of user classes uses __hash__; results are truncated to Py_ssize_t.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in (0, 1, -1, 2 ** 63, -(2 ** 63), 2 ** 64 + 3, True):
    print(v, hash(H(v)))
class Sub(int):
    pass
print(hash(Sub(5)), hash(Sub(-1)))
class Float(float):
    pass
print(hash(Float(1.5)), hash(Float(2.0)))
