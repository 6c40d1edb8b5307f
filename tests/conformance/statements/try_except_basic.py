# try/except/else/finally ordering and exception matching.
def attempt(fn):
    try:
        result = fn()
    except ZeroDivisionError:
        print("zero division")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("ok", result)
    finally:
        print("finally")
attempt(lambda: 1 / 0)
attempt(lambda: {}["k"])
attempt(lambda: [][0])
attempt(lambda: int("x"))
attempt(lambda: 42)
