# compile(..., "single") accepts one statement followed only by blank lines and comments.
for src in ["a\nb", "a\n\n  # c\nb", "x = 1\n# only comment\n", "if 1:\n  pass\nb = 2", "a; b", "a\n  \n", "a\n;", "def f():\n  pass\n\nx"]:
    try:
        c = compile(src, "<f>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
