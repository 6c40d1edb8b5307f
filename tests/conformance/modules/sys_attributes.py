# sys's configuration attributes and struct sequences.
import sys

print(sys.version_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.version.startswith("3.11"), hex(sys.hexversion), sys.api_version)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[9])
print(sys.int_info)
print(sys.hash_info)
print(sys.hash_info.modulus == 2**61 - 1, hash(float("inf")) == sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, len(sys.flags), sys.flags.int_max_str_digits)
print(type(sys.flags).__name__, type(sys.version_info).__name__)
print(sys.thread_info.name, sys.thread_info.lock)
print(sys.implementation.version.major >= 0, type(sys.implementation).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.prefix, sys.exec_prefix, sys.base_prefix, sys.platlibdir, repr(sys.abiflags))
print(sys.warnoptions, sys._xoptions, sys.float_repr_style, sys.pycache_prefix)
print(sys.stdlib_module_names is not None, "sys" in sys.builtin_module_names, "gc" in sys.builtin_module_names)
print(isinstance(sys.argv, list), sys.argv[0].endswith("sys_attributes.py"))
print(isinstance(sys.path, list), isinstance(sys.modules, dict), sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, "builtins" in sys.modules)
print(type(sys.executable).__name__, type(sys.orig_argv).__name__)

# Struct sequences are tuples with named fields.
vi = sys.version_info
print(isinstance(vi, tuple), len(vi), vi[0], vi[-1], list(vi)[:3], vi == tuple(vi))
print(type(vi).n_fields, type(vi).n_sequence_fields, type(vi).n_unnamed_fields)
print(type(vi).__match_args__)
print(vi.__reduce__())
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError:", e)
for t in (type(sys.version_info), type(sys.flags)):
    try:
        t((1, 2, 3, 4, 5))
    except TypeError as e:
        print("TypeError:", e)
FloatInfo = type(sys.float_info)
try:
    FloatInfo(range(3))
except TypeError as e:
    print("TypeError:", e)
made = FloatInfo(range(11))
print(made, made.rounds, isinstance(made, tuple))
IntInfo = type(sys.int_info)
print(IntInfo([1, 2, 3, 4]))
match sys.version_info:
    case (3, minor, *rest):
        print("matched 3.x", minor)
