# partition, rpartition, center, ljust, rjust, zfill and expandtabs on bytes.
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="))
print(b"x".center(5, b"*"), b"x".ljust(3), b"x".rjust(3, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
try:
    b"x".center(5, "*")
except TypeError as e:
    print(type(e).__name__, e)
