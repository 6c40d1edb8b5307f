# filter with class instances, builtin predicates and falsy custom objects.
class Even:
    def __call__(self, x):
        return x % 2 == 0
print(list(filter(Even(), range(7))), list(filter(str.isdigit, "a1b2")), list(filter(len, ["", "x", ""])))
class Falsy:
    def __bool__(self):
        return False
items = [Falsy(), 1]
print(len(list(filter(None, items))))
f = filter(None, [])
print(type(f).__name__, iter(f) is f)
