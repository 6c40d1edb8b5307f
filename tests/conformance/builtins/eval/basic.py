# eval of expressions with globals, locals and builtins.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("max(a, b)", {"a": 3, "b": 9}))
print(eval("n + m", {"n": 1}, {"m": 2}), eval(" 42 "), eval("'\\n'"), eval(b"7 * 6"))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
for src in ("x = 1", "import", "", 5):
    try:
        eval(src)
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
print(eval("lambda q: q + 1")(1), eval("(yield_ := 5)"))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print(eval("hello", {}, Mapping()))
