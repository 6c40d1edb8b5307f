# Slices of str, tuple, range and bytes.
s = "abcdefgh"
print(s[1:4], s[::-1], s[::3], s[-2:], s[:100], s[5:1], repr(s[5:1]))
t = (1, 2, 3, 4, 5)
print(t[1:], t[::-2], t[10:], t[-10:2])
r = range(0, 20, 3)
print(r[1:3], r[::-1], r[::2], list(r[::-2]))
b = b"hello"
print(b[1:3], b[::-1], b[0], b[-1:])
print("héllo"[1:3], "x"[5:], "abc"[-1:-2])
