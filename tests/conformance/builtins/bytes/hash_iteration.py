# bytes iteration and equality with other buffers; hashes only compared, never printed.
b = b"\x00\x7f\x80\xff"
print(list(b), [hex(x) for x in b], sum(b), max(b), sorted(b"cab"))
print(hash(b"abc") == hash(b"abc"), b"abc" == memoryview(b"abc"), {b"k": 1}[b"k"])
print(bytes(reversed(b"abc")), b"abc"[::-1] == bytes(reversed(b"abc")))
