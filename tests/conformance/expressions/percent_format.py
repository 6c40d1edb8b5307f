# printf-style % formatting of strings.
print("%s %r %a" % ("x", "y", "é"))
print("%d %i %5d %-5d| %05d %+d" % (42, 42, 42, 42, 42, 42))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%f %.2f %e %.3E %g %G" % (3.14159, 3.14159, 31415.9, 31415.9, 1e-5, 1e20))
print("%c%c" % (65, "b"), "%%", "%s" % [1, 2], "%s" % (("t",),))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 3})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % None, "%d" % True, "%.3s" % "abcdef", "%5.1s|" % "xyz")
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567)):
    try:
        print(fmt % args)
    except Exception as e:
        print(fmt, "->", type(e).__name__, e)
