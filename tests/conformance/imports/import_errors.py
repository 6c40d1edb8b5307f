# The errors of the import system, with CPython's messages.
import sys

folder = __file__.rpartition("/")[0]


def show(error):
    text = str(error).replace(folder, "<folder>")
    print(type(error).__name__ + ":", text, "| name:", getattr(error, "name", None))


try:
    import no_such_module_here
except ImportError as e:
    show(e)
    print(isinstance(e, ModuleNotFoundError), e.msg)

try:
    import helper_mod.child
except ImportError as e:
    show(e)

try:
    import pkg_demo.missing
except ImportError as e:
    show(e)

try:
    from helper_mod import not_there
except ImportError as e:
    show(e)

try:
    from pkg_demo import not_a_submodule
except ImportError as e:
    show(e)

try:
    from . import helper_mod
except ImportError as e:
    show(e)

try:
    __import__("x", {"__package__": "a"}, None, None, 3)
except ImportError as e:
    show(e)

for args, kind in (((1,), TypeError), (("",), ValueError), (("x", None, None, None, -1), ValueError),
                   (("x", {}, None, None, 1), KeyError), (("x", 5, None, None, 1), TypeError),
                   (("x", {"__package__": 3}, None, None, 1), TypeError)):
    try:
        __import__(*args)
    except kind as e:
        print(type(e).__name__ + ":", e)

sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    show(e)

try:
    import broken_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(e.filename.endswith("broken_syntax.py"), "broken_syntax" in sys.modules)

for attempt in range(2):
    try:
        import raises_on_import
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "broken" if "raises_on_import" in sys.modules else "not cached")
