# OSError subclasses print [Errno N] and the filename.
raise FileNotFoundError(2, "No such file or directory", "missing.txt")
