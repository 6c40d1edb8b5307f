# print converts arguments with str(); non-ASCII output is UTF-8.
class C:
    def __str__(self):
        return "C as str"
    def __repr__(self):
        return "C repr"
print(C(), [C()], "é日本\U0001F600", b"bytes", 1e100, -0.0, 2 ** 100)
print("tab\there", "line\nbreak")
class Bad:
    def __str__(self):
        raise ValueError("cannot print")
try:
    print("before", Bad())
except ValueError as e:
    print(type(e).__name__, e)
