# compile produces code objects whose names and filenames reflect the source.
code = compile("def f():\n    return 1\nresult = f()\n", "my_file.py", "exec")
print(code.co_filename, code.co_name, type(code).__name__)
names = [c.co_name for c in code.co_consts if hasattr(c, "co_name")]
print(names)
ns = {}
exec(code, ns)
print(ns["result"], ns["f"].__code__.co_filename)
e = compile("x ** 2", "<calc>", "eval")
print([eval(e, {"x": v}) for v in range(4)])
try:
    compile("x = (", "bad.py", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno)
