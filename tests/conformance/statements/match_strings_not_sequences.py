# str, bytes and bytearray never match sequence patterns.
def kind(v):
    match v:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case str() | bytes() | bytearray():
            return "text-like"
        case _:
            return "other"
for v in ("ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), range(2), memoryview(b"ab")):
    print(type(v).__name__, kind(v))
