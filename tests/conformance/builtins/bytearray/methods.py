# bytearray shares bytes' methods but returns bytearrays.
b = bytearray(b"Hello World")
r = b.upper()
print(r, type(r).__name__, b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.hex(), b.decode(), b.startswith(b"He"), b.strip(b"Hd"), b.partition(b" "), b.title())
print(b == b"Hello World", b"Hello World" == b, b + b"!", type(b + b"!").__name__, type(b"x" + b).__name__)
print(b.copy(), b.copy() is not b, bytearray.fromhex("00 01"))
try:
    hash(b)
except TypeError as e:
    print(type(e).__name__, e)
