# memoryview.cast between unsigned bytes and chars.
m = memoryview(b"abcd")
c = m.cast("c")
print(c.format, c[0], c.tolist())
B = c.cast("B")
print(B.format, B.tolist())
try:
    m.cast("x")
except ValueError as e:
    print(type(e).__name__, e)
