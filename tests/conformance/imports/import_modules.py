# `import` of a module from the script's folder: runs once, cached in sys.modules.
import sys

import helper_mod
import helper_mod as again

print(helper_mod is again, helper_mod.value, helper_mod.greet("world"))
print(helper_mod.__name__, helper_mod.__file__.endswith("/helper_mod.py"), helper_mod.__package__ == "")
print(sys.modules["helper_mod"] is helper_mod)
from helper_mod import value, greet as hello

print(value, hello("you"))
print(type(helper_mod).__name__, "__builtins__" in vars(helper_mod))
print(sorted(k for k in vars(helper_mod) if k.startswith("__") and k != "__builtins__"))

del sys.modules["helper_mod"]
import helper_mod as fresh

print(fresh is helper_mod, fresh.value)

module = __import__("helper_mod")
print(module is fresh)
import sys as sys_again, gc, builtins

print(sys_again is sys, gc.__name__, builtins.len is len)
print(__import__("sys", None, None, None, 0) is sys)
