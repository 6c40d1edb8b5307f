# SystemExit raised by sys.excepthook sets the exit status.
import sys
def hook(t, v, tb):
    sys.exit(7)
sys.excepthook = hook
raise ValueError("boom")
