# split, rsplit, splitlines and join on bytes.
print(b"a b  c".split(), b"a,b,,c".split(b","), b"a b c".split(None, 1), b"a b c".rsplit(maxsplit=1))
print(b"x\ny\r\nz".splitlines(), b"x\ny\n".splitlines(True), b"a\x0bb".splitlines())
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), type(b"".join([bytearray()])).__name__)
for call in (lambda: b"-".join([b"a", "s"]), lambda: b"a".split(b""), lambda: b"-".join([1])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
