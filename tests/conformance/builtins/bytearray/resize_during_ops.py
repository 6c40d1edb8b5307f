# In-place operators and comparisons on bytearray.
a = bytearray(b"ab")
alias = a
a += b"cd"
a *= 2
print(a, a is alias)
print(bytearray(b"a") < bytearray(b"b"), bytearray(b"ab") in [b"ab"], b"b" in bytearray(b"abc"))
print(list(bytearray(b"\x01\x02")), bytearray(b"abc")[1], bytearray(b"abc")[1:])
