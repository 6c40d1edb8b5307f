# A special method set to None is called like any value ("'NoneType' object is not
# callable"), except where CPython treats None as "absent" (__iter__, __contains__,
# __reversed__, __hash__); context managers name a missing __exit__/__aexit__.
operations = {
    "__call__": lambda a: a(), "__abs__": abs, "__len__": len, "__iter__": iter, "__getitem__": lambda a: a[0],
    "__neg__": lambda a: -a, "__repr__": repr, "__contains__": lambda a: 1 in a, "__bool__": bool,
    "__index__": lambda a: [][a], "__next__": next, "__add__": lambda a: a + 1, "__lt__": lambda a: a < 1,
    "__eq__": lambda a: a == 1, "__reversed__": reversed, "__hash__": hash,
}
for name, operation in operations.items():
    A = type("A", (), {name: None})
    try:
        print(name, operation(A()))
    except TypeError as e:
        print(name, type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyAsyncEnter:
    async def __aenter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)


async def use():
    async with OnlyAsyncEnter():
        pass


coroutine = use()
try:
    coroutine.send(None)
except TypeError as e:
    print(e)
print(sum(map(len, [(), (1,), (1, 2)])), ().__sizeof__() < (1, 2).__sizeof__())
print("__sizeof__" in tuple.__dict__, ().__sizeof__(), (1, 2).__sizeof__())
