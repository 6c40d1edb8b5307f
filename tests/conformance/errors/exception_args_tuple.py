# An exception with several arguments prints the tuple.
raise ValueError("bad", 42, [1, 2])
