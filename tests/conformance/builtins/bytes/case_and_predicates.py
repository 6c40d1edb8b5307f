# Case methods and is* predicates on bytes only consider ASCII.
for b in (b"Hello World", b"\xe9cole", b"abc123", b"", b"   ", b"ABC", b"Title Case"):
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(),
          b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
