# compile in exec, eval and single modes; code objects are reusable.
c = compile("a + b", "<expr>", "eval")
print(eval(c, {"a": 1, "b": 2}), eval(c, {"a": "x", "b": "y"}), c.co_filename, c.co_name, type(c).__name__)
d = compile("result = [n * 2 for n in range(3)]", "<stmts>", "exec")
ns = {}
exec(d, ns)
print(ns["result"])
s = compile("x = 5\n", "<single>", "single")
exec(s, ns)
print(ns["x"])
for args in (("1 +", "<f>", "eval"), ("x = 1", "<f>", "eval"), ("1", "<f>", "bogus"), ("a\nb", "<f>", "single")):
    try:
        compile(*args)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
print(compile("1", "f", "eval", dont_inherit=True).co_filename)
