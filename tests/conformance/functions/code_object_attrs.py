# Basic code object attributes that do not depend on bytecode details.
def f(a, b=1, *args, c, **kwargs):
    x = a + b
    return x
code = f.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_nlocals, code.co_firstlineno)
print(code.co_filename == __file__ if "__file__" in globals() else True)
print(bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
