# type(obj) returns the class; type of classes is their metaclass.
print(type(1), type("s"), type([]), type(None), type(type), type(int), type(len), type(lambda: 0).__name__)
class C:
    pass
print(type(C()), type(C), type(C()) is C, type(C()).__name__, type(1) == int)
print(type(print).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(...).__name__, type(NotImplemented).__name__, type(range(1)).__name__, type(iter([])).__name__)
for args in ((), (1, 2)):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
