# memoryview slicing, size mismatch errors and conversions.
m = memoryview(bytearray(b"0123456789"))
s = m[2:8:2]
print(s.tobytes(), s.tolist(), len(s), bytes(s))
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[20]
except IndexError as e:
    print(type(e).__name__, e)
print(m.obj is not None, m.c_contiguous, m.contiguous)
