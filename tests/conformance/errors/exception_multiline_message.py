# Multi-line exception messages are printed as-is.
raise ValueError("first line\nsecond line\n  indented third")
