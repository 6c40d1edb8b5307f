# sys's functions: recursion limit, intern, getsizeof, exc_info/exception, exit,
# _getframe, displayhook, call_tracing, switch interval, int max digits.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5, 1.5, 2**40, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

s = sys.intern("".join(["hello", " world"]))
print(s is sys.intern("hello world"))
for bad in (1, None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)


class MyStr(str):
    pass


try:
    sys.intern(MyStr("x"))
except TypeError as e:
    print("TypeError:", e)


class Sized:
    def __sizeof__(self):
        return 100


class Negative:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Sized()))
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)
class NotAnInt:
    def __sizeof__(self):
        return "x"


try:
    sys.getsizeof(NotAnInt())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(NotAnInt(), "default"))
print(sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(0), sys.getsizeof(10**20))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof((1, 2)), sys.getsizeof({}), sys.getsizeof("é"), sys.getsizeof("€"))

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), type(info[2]).__name__, sys.exception() is info[1])
print(sys.exc_info(), sys.exception())

for status in (None, 3, "message", (1, 2)):
    try:
        sys.exit(status)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", repr(e.code), e.args)


def outer():
    return inner()


def inner():
    frame = sys._getframe()
    return frame.f_code.co_name, sys._getframe(1).f_code.co_name, frame.f_back.f_code.co_name


print(outer())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)

import builtins

sys.displayhook(None)
print(hasattr(builtins, "_"))
sys.displayhook([1, "two"])
print(builtins._)
print(sys.__displayhook__ is sys.displayhook, sys.__excepthook__ is sys.excepthook)

print(sys.call_tracing(lambda a, b: a + b, (2, 3)))
try:
    sys.call_tracing(print, [1])
except TypeError as e:
    print("TypeError:", e)

print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)

print(sys.gettrace(), sys.getprofile(), sys.is_finalizing())


def tracer(*args):
    return None


sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
print(sys.audit("my.event", 1, 2), sys.addaudithook(lambda *a: None))
print(sys.get_asyncgen_hooks())
print(sys.getrefcount(object()) >= 1)
