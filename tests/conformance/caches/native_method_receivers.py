# Native methods called through LoadMethod/Call and through the special-method slots:
# the receiver's own type takes the direct path, and a method descriptor stored in an
# unrelated class still gets CPython's receiver check.


class Stolen:
    upper = str.upper
    __getitem__ = list.__getitem__
    __len__ = dict.__len__


s = Stolen()
for attempt in (lambda: s.upper(), lambda: s[0], lambda: len(s)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)


class Text(str):
    pass


class Items(list):
    pass


t = Text("  Mixed Case  ")
items = Items([3, 1, 2])
for _ in range(3):  # the cached site, then the same site again
    print(t.strip().upper(), t.split(), t[2:7], t[::-1])
    print(items[0], items[-1:], len(items), items.index(2))
    print("abc".upper(), [1, 2, 3].index(3), (1, 2, 3).count(2), b"xy".hex())

# A site that sees a str, then a subclass, then an unrelated object with the name.
class Shouter:
    def upper(self):
        return "SHOUT"


for receiver in ("plain", Text("sub"), Shouter(), "again"):
    print(receiver.upper())

# Slices built by the interpreter.
text = "abcdefghij"
print(text[1:8:2], text[-3:], text[:2], text[::3], text[5:1:-1])
numbers = list(range(10))
numbers[2:5] = ["x"]
print(numbers, numbers[1:4], numbers[::-2])
try:
    text[1:2:0]
except ValueError as error:
    print("ValueError:", error)
print(str.upper("direct"), str.strip("  called  "))
try:
    str.upper(5)
except TypeError as error:
    print("TypeError:", error)
