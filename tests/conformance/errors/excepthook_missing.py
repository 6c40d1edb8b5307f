# Without sys.excepthook the traceback is printed after a notice.
import sys
del sys.excepthook
raise ValueError("boom")
