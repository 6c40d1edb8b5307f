# repr of bytes escapes non-printable bytes and picks quotes.
for b in (b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\t\n\r\x7f\x80\xff", b"\\", b""):
    print(repr(b), str(b))
print(bytes(range(0, 256, 17)))
