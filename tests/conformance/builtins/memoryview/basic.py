# memoryview over bytes and bytearray: indexing, slicing, tobytes, tolist and release.
data = bytearray(b"abcdef")
m = memoryview(data)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim)
print(m.shape, m.strides, bytes(m[::2]), m.hex(), m == b"abcdef", m[2:4] == b"cd")
m[0] = 65
m[1:3] = b"XY"
print(data)
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
m.release()
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
