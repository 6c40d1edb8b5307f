# Nested try statements and re-raising from handlers.
def f(n):
    try:
        try:
            if n == 0:
                raise ValueError("inner")
            if n == 1:
                raise KeyError("k")
            return "no error"
        except ValueError as e:
            print("inner handler", e)
            raise TypeError("converted") from e
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e, type(e.__cause__).__name__)
        return "from outer"
    except KeyError:
        print("outer key")
        raise
    finally:
        print("outer finally")
print(f(0))
try:
    f(1)
except KeyError as e:
    print("top", repr(e))
print(f(2))
