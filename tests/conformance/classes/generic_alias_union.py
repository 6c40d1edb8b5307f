# types.GenericAlias (list[int]) and types.UnionType (int | str): repr, attributes,
# equality, hashing, calls, subclassing, isinstance errors and parameter substitution.
ga = list[int]
print(type(ga), type(type[int]), type(int | str), type(int | str).__module__)
print(sorted(set(dir(ga)) - set(dir(list))))
print(ga.__parameters__, ga.__name__, ga.__qualname__, ga.__module__, ga.__doc__ == list.__doc__, ga.__class__)
print(ga.__mro_entries__((1,)), ga.__origin__, ga.__args__, ga.__unpacked__)
print(repr(tuple[()]), repr(dict[str, list[int]]), repr(list[1, "x", None, ...]), repr(tuple[int, ...]))
print(hash(list[int]) == hash(list[int]), list[int] == list[int], list[int] != list[str], list[int] == list)
print(set[int], frozenset[str], enumerate[int], type[int], dict[str, int].__args__)
u = int | str
print(u.__args__, u.__parameters__, int | None, None | int, int | int, int | str == str | int)
print(hash(int | str) == hash(str | int), int | list[int], list[int] | None, (int | str) | (bytes | int))
for bad in (lambda: int | "s", lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
            lambda: isinstance([], int | list[int]), lambda: list[int][str], lambda: (int | str)[int],
            lambda: type(int | str)()):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None), isinstance("s", int | float))
class A(list[int]):
    pass
print(A.__bases__, A.__orig_bases__, A.__mro__)
print(list[int]([1, 2]), type(list[int]()), list[int].__reduce__())
class Box:
    pass
b = Box()
class Maker:
    def __call__(self):
        return b
print(dict[str, int](a=1), hash(Box) != 0)
class Param:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "~" + self.name
    def __typing_subst__(self, arg):
        return arg
T, U = Param("T"), Param("U")
g = dict[T, list[U]]
print(g, g.__parameters__, g[int, str], (list[T] | None)[bytes])
for bad in (lambda: g[int], lambda: g[int, str, bytes]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
