# __cause__, __context__ and __suppress_context__ defaults and assignment.
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as caught:
    e = caught
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e.__cause__ = TypeError("manual")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
