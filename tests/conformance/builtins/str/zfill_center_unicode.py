# Padding methods count code points, not bytes.
for s in ("é", "日本", "\U0001F600", "-é"):
    print(repr(s.zfill(4)), repr(s.center(5, "·")), repr(s.ljust(4, "ü")), repr(s.rjust(3)))
