# ExceptionGroup construction, attributes and validation.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, repr(eg), str(eg))
print(type(eg).__mro__[1:])
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
auto = BaseExceptionGroup("auto", [ValueError()])
print(type(auto).__name__)
for args in (("m", []), ("m", [1]), (1, [ValueError()]), ("m",), ("m", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
