# int.to_bytes and int.from_bytes with byte order, signedness and errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"), (1).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff", "big"), int.from_bytes(b""))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01"), byteorder="little"))
print((2 ** 64).to_bytes(9, "big"), int.from_bytes((2 ** 100).to_bytes(13, "little"), "little") == 2 ** 100)
for call in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
             lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: int.from_bytes("str", "big"), lambda: (1).to_bytes(-1, "big")):
    try:
        call()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Sub(int):
    pass
print(type(Sub.from_bytes(b"\x01", "big")).__name__)
