# UnicodeDecodeError/EncodeError attributes and messages.
try:
    b"\xff\xfe abc".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    "h\u00e9llo".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
e = UnicodeDecodeError("utf-8", b"ab", 1, 2, "custom reason")
print(str(e), e.args)
e = UnicodeTranslateError("abc", 0, 2, "nope")
print(str(e))
