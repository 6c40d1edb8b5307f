# __class_getitem__ supports Class[...] subscription.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["str"], Box[1, 2])
class Sub(Box):
    pass
print(Sub[float])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, dict[str, int].__args__)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
