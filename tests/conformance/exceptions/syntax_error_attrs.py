# SyntaxError raised by compile carries filename, lineno, offset and text.
for src in ("x = (1,", "def f(:\n    pass", "a b", "return 5", "x = 1\n  y = 2"):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e = SyntaxError("message", ("file.py", 3, 4, "bad line\n", 3, 7))
print(str(e), e.args)
print(str(SyntaxError("plain")))
