# isinstance with nested tuples, unions and subclasses of builtins.
class MyInt(int):
    pass
print(isinstance(MyInt(1), int), isinstance(1, MyInt), isinstance(True, (str, (list, int))))
print(isinstance([], (())), isinstance(1, int | float | None), isinstance(None, type(None) | int))
print(isinstance(int, type), isinstance(type, object), isinstance(MyInt, type), isinstance(MyInt, int))
