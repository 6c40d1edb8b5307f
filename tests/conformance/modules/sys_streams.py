# The standard streams: sys.stdout is a text file whose write() returns the count.
import sys

n = sys.stdout.write("written directly\n")
print(n)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
print(repr(sys.stdout))
print(repr(sys.stderr))
print(sys.stdout.closed, sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.write("é€😀\n"))
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
print("a", "b", sep="-", end="!\n", file=sys.stdout, flush=True)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


saved = sys.stdout
sys.stdout = Collector()
print("captured", 1, 2)
captured = sys.stdout.parts
sys.stdout = saved
print(captured)
# The conformance runner gives every program an empty stdin.
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin))
