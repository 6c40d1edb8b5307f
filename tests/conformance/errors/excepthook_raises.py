# When sys.excepthook itself raises, both exceptions are printed.
import sys
def hook(t, v, tb):
    raise KeyError("in hook")
sys.excepthook = hook
raise ValueError("boom")
