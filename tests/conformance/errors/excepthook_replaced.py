# An uncaught exception goes to a replaced sys.excepthook, after sys.last_* are set.
import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__, sys.last_type is t, sys.last_value is v)
sys.excepthook = hook
print("before")
raise ValueError("boom")
