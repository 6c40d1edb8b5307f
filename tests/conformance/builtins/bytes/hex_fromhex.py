# bytes.hex with separators and bytes.fromhex errors.
b = bytes(range(250, 256)) + b"\x00\x10"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b"".hex(), b.hex(b"|"))
print(bytes.fromhex("00ff 10"), bytearray.fromhex("ab cd"))
for text in ("0", "zz", "0 0", 5):
    try:
        bytes.fromhex(text)
    except (ValueError, TypeError) as e:
        print(repr(text), type(e).__name__, e)
try:
    b.hex("::")
except ValueError as e:
    print(type(e).__name__, e)
