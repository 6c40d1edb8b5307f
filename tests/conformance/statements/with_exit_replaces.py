# An exception raised by __exit__ replaces the one from the body, chaining it.
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("from body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy return")
