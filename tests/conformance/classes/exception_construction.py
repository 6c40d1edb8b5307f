# Exception classes constructed through the direct paths: builtin classes with
# BaseException's __new__/__init__, subclasses whose Python __init__ runs inline, and
# the classes that must take the general path (own __new__, OSError, generators).
class AppError(Exception):
    def __init__(self, code, *, extra=None):
        super().__init__("app error %d" % code)
        self.code = code
        self.extra = extra

class NotFound(AppError):
    pass

class Mixin:
    def hello(self): return "hi"

class Both(Mixin, KeyError):
    def __init__(self, *args):
        self.seen = args

class WithNew(ValueError):
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls, "replaced")
    def __init__(self, *args):
        print("WithNew.__init__", args, self.args)

class Returns(Exception):
    def __init__(self):
        return 5

class NoSuper(OSError):
    def __init__(self, a, b):
        self.ab = (a, b)

e = NotFound(3, extra="x")
print(repr(e), e.args, e.code, e.extra, str(e))
b = Both(1, 2)
print(repr(b), b.args, b.seen, b.hello(), str(b))
w = WithNew(1, 2)
print(repr(w), w.args)
try:
    Returns()
except TypeError as err:
    print("TypeError:", err)
n = NoSuper(1, 2)
print(repr(n), n.args, n.ab, n.errno)
try:
    raise NotFound(7)
except AppError as err:
    print("caught", repr(err), err.code, err.__traceback__ is not None)
class Gen(Exception):
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as err:
    print("TypeError:", err)
try:
    AppError()
except TypeError as err:
    print("TypeError:", err)

class S(str):
    def __str__(self):
        return "from __str__"
class T(str): pass
print(str(S("x")), type(str(S("x"))), type(str(T("y"))), str(5), str(), str(b"ab"), str(b"ab", "ascii"))
class I(int):
    def __int__(self): return 42
print(int("12"), int(" -7 "), int(3.9), int(True), type(int(True)), int(I(3)), type(int(I(3))), int("ff", 16), int())
try: int("x")
except ValueError as e: print(e)
try: int([])
except TypeError as e: print(e)
e = ValueError(1, 2)
print(e.args, repr(e), str(KeyError("k")), OSError(2, "no").errno, StopIteration(5).value)
try: ValueError(x=1)
except TypeError as e: print(e)
class E(ValueError): pass
print(repr(E(3)), E(3).args, type(E()).__mro__[1])
print(repr(ZeroDivisionError()), LookupError("a", "b"))
