# Several context managers in one with statement exit in reverse order.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with (CM("x") as x,
      CM("y") as y,
      CM("z")):
    print("parenthesized", x.name, y.name)
try:
    with CM("p"), CM("q"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
