# ImportError attributes exist even without importing anything.
e = ImportError("cannot import", name="thing", path="/x")
print(e, e.name, e.path, e.msg, e.args)
e = ModuleNotFoundError("No module named 'nope'", name="nope")
print(e, e.name, isinstance(e, ImportError))
try:
    ImportError("m", other=1)
except TypeError as err:
    print(type(err).__name__, err)
