# except clauses match subclasses, tuples and are tried in order.
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError):
        return "lookup subclass"
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arithmetic"
    except Exception:
        return "exception"
    except BaseException:
        return "base"
for exc in (KeyError, IndexError, LookupError, ZeroDivisionError, ValueError, SystemExit,
            KeyboardInterrupt, GeneratorExit, UnicodeDecodeError("utf-8", b"", 0, 1, "r")):
    print(exc if isinstance(exc, type) else type(exc), which(exc))
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
