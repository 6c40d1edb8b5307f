# Calling classes whose __new__ and __init__ are builtin (exceptions, object, dict) and
# subclasses that override one of them: the argument tuple, keywords, and the errors.


class Plain:
    pass


print(type(Plain()).__name__)
for call in (lambda: Plain(1), lambda: Plain(a=1), lambda: object(1)):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)

error = ValueError(1, "two")
print(error.args, repr(error), str(ValueError()), str(KeyError("k")))
try:
    ValueError(code=1)
except TypeError as problem:
    print("TypeError:", problem)


class Tagged(Exception):
    def __init__(self, tag, *rest):
        super().__init__(tag, *rest)
        self.tag = tag


t = Tagged("x", 2)
print(t.args, t.tag, isinstance(t, Exception))


class KeepsNew(LookupError):
    def __new__(cls, *args, **kwargs):
        instance = super().__new__(cls, *args)
        instance.extra = kwargs
        return instance

    def __init__(self, *args, **kwargs):
        super().__init__(*args)


k = KeepsNew(1, 2, flag=True)
print(k.args, k.extra)


class NoArgsInit(Exception):
    def __init__(self):
        super().__init__("fixed")


print(NoArgsInit().args)


class Other:
    pass


class SwapsClass:
    def __new__(cls, value):
        return Other() if value else super().__new__(cls)

    def __init__(self, value):
        print("SwapsClass.__init__", value)


print(type(SwapsClass(1)).__name__, type(SwapsClass(0)).__name__)

d = dict([(1, 2)], three=3)
print(d, dict(), dict(a=1))


class MyDict(dict):
    pass


m = MyDict(x=1)
print(type(m).__name__, m)

for kind in (StopIteration, SystemExit, OSError, AttributeError, NameError, ImportError):
    instance = kind("message")
    print(kind.__name__, instance.args)
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "No such file").errno)
print(ImportError("m", name="mod").name)
try:
    ImportError("m", bogus=1)
except TypeError as problem:
    print("TypeError:", problem)
print(ExceptionGroup("group", [ValueError(1)]).exceptions)


class OnlyNew:
    def __new__(cls, value, *, twice=False):
        instance = super().__new__(cls)
        instance.value = value * (2 if twice else 1)
        return instance


print(OnlyNew(4).value, OnlyNew(4, twice=True).value)


class MyInt(int):
    pass


print(MyInt("5"), MyInt("ff", 16), MyInt("101", base=2), type(MyInt(3)).__name__)
print(int("12"), int("z", 36), str(5), float("1.5"), tuple("ab"), range(3))
try:
    int("12", bogus=1)
except TypeError as problem:
    print("TypeError:", problem)
try:
    object.__init__(Plain(), 1)
except TypeError as problem:
    print("TypeError:", problem)
