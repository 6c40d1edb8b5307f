# str and bytes versions of splitlines differ on Unicode-only line breaks.
text = "a\x1cb\x85c\u2028d\ne"
print(text.splitlines(), text.encode("utf-8").splitlines())
print("a\x0bb\x0cc".splitlines(), b"a\x0bb\x0cc".splitlines())
