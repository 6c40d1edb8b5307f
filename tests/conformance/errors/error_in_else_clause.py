# An error raised in a loop's else clause.
for item in [1, 2]:
    pass
else:
    raise LookupError("nothing found")
