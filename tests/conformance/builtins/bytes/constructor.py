# bytes() from ints, iterables, strings with encodings, and buffers.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("héllo", "utf-8"), bytes("ab", encoding="ascii"))
print(bytes(bytearray(b"xy")), bytes(memoryview(b"mv")), bytes((x for x in [1, 2])), bytes(b"copy"))
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), bytes("é", "latin-1", "strict"))
for args in (("abc",), ([256],), ([-1],), (-1,), ("é", "ascii"), (["a"],), (1.5,), (b"x", "utf-8"), (None,)):
    try:
        print(args, bytes(*args))
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(args, type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes(I()), bytes([I(), I()]))
