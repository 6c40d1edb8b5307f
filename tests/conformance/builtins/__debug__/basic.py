# __debug__ is True without -O and asserts run.
print(__debug__, type(__debug__).__name__)
if __debug__:
    print("debug branch")
try:
    assert False, "asserts are active"
except AssertionError as e:
    print(type(e).__name__, e)
print("__debug__" in dir(__builtins__))
