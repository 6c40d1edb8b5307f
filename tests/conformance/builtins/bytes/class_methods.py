# bytes class attributes and unbound method calls.
print(bytes.__name__, bytes.__mro__, bytes.fromhex("41"), bytes.maketrans(b"", b"")[:5])
print(bytes.upper(b"ab"), bytes.__len__(b"abc"), bytes.__getitem__(b"abc", 1), bytes.__contains__(b"abc", b"b"))
try:
    bytes.upper("ab")
except TypeError as e:
    print(type(e).__name__, e)
class MyBytes(bytes):
    pass
m = MyBytes(b"xy")
print(m, type(m).__name__, type(m + b"z").__name__, type(MyBytes.fromhex("41")).__name__)
