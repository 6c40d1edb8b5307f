# Slice assignment on bytearray with different lengths and step.
b = bytearray(b"0123456789")
b[2:5] = b""
print(b)
b[::2] = b"abcd"
print(b)
b[1:1] = bytearray(b"--")
print(b)
b[:] = [65, 66]
print(b)
try:
    b[::2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
b += b"more"
b *= 2
print(b, b[::-1], b[-3:])
