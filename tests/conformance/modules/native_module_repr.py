# Modules implemented natively say "(built-in)" in their repr; a module object made by
# hand with the same name does not.
import builtins
import gc
import sys

print(sys, gc, builtins)
print(type(sys)("gc"), type(sys)("x"), repr(type(sys)("y", "doc")))
