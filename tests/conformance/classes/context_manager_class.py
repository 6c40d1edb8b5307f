# A class-based context manager that records what happened.
class Recorder:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.events.append(f"exit {exc_type.__name__ if exc_type else 'clean'}")
        return exc_type is KeyError
r = Recorder()
with r:
    r.events.append("body")
with r:
    raise KeyError("suppressed")
try:
    with r:
        raise ValueError("kept")
except ValueError:
    r.events.append("outside")
print(r.events)
