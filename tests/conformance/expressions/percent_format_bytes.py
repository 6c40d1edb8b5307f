# printf-style % formatting of bytes.
print(b"%s and %d" % (b"abc", 5))
print(b"%x %05.1f %c %c" % (255, 2.5, 65, b"z"))
print(b"%a %r" % ("é", "x"))
print(b"%(k)s" % {b"k": b"v"})
for fmt, args in ((b"%s", "str"), (b"%c", 300), (b"%d", b"1")):
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
