# bytes % formatting and bytes.isalnum on mixed content.
print(b"%d-%s-%x" % (5, b"ab", 255), b"%5.2f|" % 3.14159, b"%b" % b"raw", b"%%")
print(b"%-4d|%04d" % (7, 7), b"%c" % 10)
try:
    b"%s" % 5
except TypeError as e:
    print(type(e).__name__, e)
