# An error raised by __repr__ while printing a list.
class Bad:
    def __repr__(self):
        raise ValueError("repr failed")
print([1, Bad()])
