# SystemExit can be caught; its code reflects the argument.
for args in ((), (0,), (3,), ("message",), (1, 2), (None,)):
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, repr(e.code), e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
