# exec and eval with explicit globals and locals mappings.
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
loc = {}
exec("c = 10", {}, loc)
print(loc)
print(eval("x * y", {"x": 3}, {"y": 4}))
code = "def f(n):\n    return n * 2\nresult = f(21)"
exec(code, ns)
print(ns["result"])
