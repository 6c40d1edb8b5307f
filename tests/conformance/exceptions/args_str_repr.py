# Exception args, str and repr for zero, one and several arguments.
for exc in (Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(""),
            ValueError([1, 2]), KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3)):
    print(repr(exc), "|", str(exc), "|", exc.args)
e = Exception(1, 2)
e.args = ("replaced",)
print(e, repr(e))
e.args = [3, 4]
print(e.args, type(e.args).__name__)
