# compile()'s argument checks (filename, mode, flags, optimize, source types, null
# bytes) and CO_FUTURE_ANNOTATIONS given as a flag.
for flags in (0, 0x1000000, 0x2000, 0x200, 0x1000, 0x4000, 0x8000, 0x10000, 1 << 30, -1, 0x20000):
    try:
        c = compile("def f(x: undefined) -> int: pass\n", "<f>", "exec", flags)
        ns = {}
        exec(c, ns)
        print(hex(flags) if flags >= 0 else flags, ns["f"].__annotations__)
    except Exception as e:
        print(hex(flags) if flags >= 0 else flags, type(e).__name__, e)
try:
    compile("1", "<f>", "exec", dont_inherit=1, optimize=5)
except ValueError as e:
    print(e)
print(compile("assert False", "<f>", "exec", optimize=1).co_consts, compile(b"x=1", "<f>", "exec").co_names)
try: compile("x", 1, "exec")
except TypeError as e: print(e)
try: compile(1, "f", "exec")
except TypeError as e: print(e)
try: compile("x\0", "f", "exec")
except Exception as e: print(type(e).__name__, e)
class P:
    def __fspath__(self):
        return "from_path.py"
for a in [('x', 'f', 1), ('x', b'f', 'exec'), ('x','f','exec', 0, 0, 3), ('x','f','exec', 0, 0, -2), ('x','f','func_type'), (bytearray(b'x'), 'f', 'exec'), ('x', 'f', 'exec', 1.5), ('x', P(), 'exec'), (compile('x', 'f', 'exec'), 'f', 'exec'), ('x', 'f', 'bogus', 0x40000000), ('x', 'f', 'bogus', 0, 0, 7)]:
    try: print(compile(*a).co_filename)
    except Exception as e: print(type(e).__name__, e)
for f in (exec, eval):
  for s in ('x\0', b'x\0', 1):
    try: f(s)
    except Exception as e: print(type(e).__name__, e)
