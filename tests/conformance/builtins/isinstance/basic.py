# isinstance and issubclass with classes, tuples, unions and bool/int relations.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance("s", (int, (float, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object), isinstance(1, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError))
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | None), isinstance(None, int | None))
for call in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
