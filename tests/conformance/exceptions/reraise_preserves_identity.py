# Re-raising keeps the same exception object and its attributes.
original = None
try:
    try:
        original = ValueError("same")
        original.marker = 1
        raise original
    except ValueError:
        raise
except ValueError as e:
    print(e is original, e.marker)
def helper():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e
exc = helper()
try:
    raise exc
except KeyError as e:
    print(e is exc)
