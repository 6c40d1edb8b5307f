# bytearray() construction forms and repr.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(65, 68)))
print(repr(bytearray(b"it's")), str(bytearray(b"\x00\xff")))
for args in (("x",), ([300],), (-2,), (None,)):
    try:
        bytearray(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
