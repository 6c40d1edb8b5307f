# issubclass with builtin hierarchies, tuples and abstract-like classes.
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(type, object), issubclass(object, type), issubclass(list, list), issubclass(dict, object))
class A:
    pass
class B(A):
    pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(B, ()), issubclass(B, B))
for args in ((B(), A), (B, "A"), (B, (A, 5))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
