# Private names are mangled with the class name.
class A:
    __secret = "a secret"
    def __init__(self):
        self.__hidden = 1
    def get(self):
        return self.__hidden, self.__secret
    def __private_method(self):
        return "private"
    def call(self):
        return self.__private_method()
class B(A):
    def __init__(self):
        super().__init__()
        self.__hidden = 2
a = B()
print(a.get(), a.call(), sorted(vars(a)))
print(A._A__secret, hasattr(A, "__secret"))
try:
    a.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
class _Under:
    def m(self):
        self.__x = 1
        return list(vars(self))
print(_Under().m())
class C:
    __dunder__ = "not mangled"
print(C.__dunder__)
