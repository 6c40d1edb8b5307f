# strip variants, replace, removeprefix/suffix on bytes.
print(b"  x  ".strip(), b"\t\nx\x0b\x0c".lstrip(), b"xyx".strip(b"x"), b"abc".rstrip(b"c"))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
try:
    b"abc".strip("a")
except TypeError as e:
    print(type(e).__name__, e)
