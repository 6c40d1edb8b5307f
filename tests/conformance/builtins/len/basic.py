# len() of builtin containers and custom __len__.
print(len(""), len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 100, 7)), len(bytearray(3)), len(memoryview(b"abc")), len(frozenset()))
print(len({}.keys()), len({"a": 1}.items()), len(range(10 ** 6)))
class L:
    def __len__(self):
        return 7
print(len(L()))
for arg in (5, None, iter([]), (x for x in "")):
    try:
        len(arg)
    except TypeError as e:
        print(type(e).__name__, e)
