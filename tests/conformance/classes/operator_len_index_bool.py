# __len__ must return a non-negative int; __index__ must return an int.
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in (0, 5, -1, "3", 2.0):
    try:
        print(v, len(L(v)))
    except (TypeError, ValueError) as e:
        print(v, type(e).__name__, e)
class I:
    def __index__(self):
        return 2.5
try:
    [1, 2, 3][I()]
except TypeError as e:
    print(type(e).__name__, e)
