# The context manager sees the exception but does not suppress it.
class Manager:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)
        return False
with Manager():
    raise ConnectionError("lost connection")
