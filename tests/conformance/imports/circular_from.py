# `from m import name` while m is still running names the partially initialized module.
folder = __file__.rpartition("/")[0]
try:
    import circular_from_helper
except ImportError as e:
    print(type(e).__name__, str(e).replace(folder, "<folder>"))
    print(e.name, e.path.replace(folder, "<folder>"))
import sys
print("circular_from_helper" in sys.modules, "circular_from_partner" in sys.modules)
