# Argument errors of builtin functions and methods, worded as CPython words them for
# each kind of builtin (no-argument and one-argument methods, Argument Clinic
# functions with and without keywords, PyArg_ParseTuple methods, slot wrappers).
calls = [
    "[].clear(1)", "[].append()", "[].insert(1)", "[].pop(1, 2)", "[].sort(1)", "[].sort(1, key=None)",
    "{}.get()", "{}.get(zz=1)", "{}.pop()", "{}.fromkeys()", "''.center()", "''.replace('a')",
    "''.split(1, 2, 3)", "''.split(maxsplit=1, sep=2, zz=3)", "''.split(zz=3)", "''.splitlines(1, keepends=2)",
    "''.startswith()", "''.find(zz=1)", "b''.count(1, 2, 3, 4)", "''.encode(errors=1, encoding=2, x=3)",
    "(1).to_bytes(1, 'big', 1)", "int.from_bytes()", "int.from_bytes(b'', 'big', 1, 2)", "int.from_bytes(b'', bytes=1)",
    "sum()", "sum(iterable=[])", "sum([], zz=1)", "len()", "len(zz=1)", "divmod(1)", "globals(1, zz=1)",
    "sorted()", "sorted([], 1)", "sorted([], zz=1)", "sorted(1, zz=1)", "compile(zz=1)", "pow(1, zz=1)",
    "enumerate()", "enumerate(start=1)", "enumerate(1, 2, 3)", "enumerate([], zz=1)",
    "str(1, 2, 3, 4)", "bytes(1, 2, 3, 4)", "memoryview()", "set().union(zz=1)",
    "(1).__add__()", "(1).__add__(zz=1)", "int.__add__('s', 1)", "int.__add__()", "(1).__neg__(1)",
    "(1).__pow__()", "[].__setitem__(1)", "(1.5).__round__(1, 2)", "object.__init_subclass__(1)",
    "list.append()", "float.fromhex()", "float.fromhex(zz=1)", "(1.5).hex(zz=1)",
    "'ab'.__mul__()", "[].__imul__(1, 2)", "(1).__mul__()", "(1,).__rmul__(zz=1)",
]
for text in calls:
    try:
        eval(text)
        print(text, "ok")
    except TypeError as e:
        print(text, "->", e)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(float.__dict__["fromhex"]).__name__)
print(repr(int.__add__), repr(list.append), repr(float.__dict__["fromhex"]), repr(list.__getitem__))
print(type(dict.__contains__).__name__, type(list.__contains__).__name__, type(str.__getitem__).__name__)
print(str.find.__text_signature__, str.split.__text_signature__)
