# exec with code strings, globals/locals dicts and compiled code.
ns = {"x": 5}
exec("y = x * 2\nz = [i for i in range(y)]", ns)
print(ns["y"], ns["z"], sorted(k for k in ns if k != "__builtins__"))
exec("print('from exec', x)", {"x": 1})
local = {}
exec("a = 1\ndef f(): return a", {}, local)
print(sorted(local))
code = compile("w = 7", "<str>", "exec")
exec(code, ns)
print(ns["w"], exec("1 + 1"))
for src in ("1 +", 5):
    try:
        exec(src)
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
def scope():
    exec("v = 1")
    return "v" in locals()
print(scope())
