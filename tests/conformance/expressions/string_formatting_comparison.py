# The same value formatted with %, str.format and f-strings.
values = [(3.14159, 2), (1234.5, 0), (-0.001, 3)]
for v, p in values:
    print("%.*f" % (p, v), "{:.{}f}".format(v, p), f"{v:.{p}f}")
name, count = "items", 3
print("%s: %d" % (name, count), "{}: {}".format(name, count), f"{name}: {count}")
print("%-8s|" % name, "{:<8}|".format(name), f"{name:<8}|")
print("%08.3f" % 3.14159, "{:08.3f}".format(3.14159), f"{3.14159:08.3f}")
