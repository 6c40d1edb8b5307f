# An error raised in __exit__ chains onto the body's exception.
class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("cleanup failed")
with Faulty():
    raise ValueError("body failed")
