# exec with separate globals and locals: functions see only globals.
g = {}
l = {}
exec("x = 1\ndef f():\n    return x\n", g, l)
try:
    l["f"]()
except NameError as e:
    print(type(e).__name__, e)
g2 = {}
exec("x = 1\ndef f():\n    return x\n", g2)
print(g2["f"]())
exec("import_like = __name__", g2)
print(g2["import_like"])
ns = {"__builtins__": {"print": print}}
exec("print('restricted builtins')", ns)
try:
    exec("len('x')", ns)
except NameError as e:
    print(type(e).__name__, e)
