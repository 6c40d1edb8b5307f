# Defaults inherited from object: __eq__, __ne__, __str__ falls back to __repr__, __hash__.
class C:
    def __repr__(self):
        return "C-repr"
c = C()
print(str(c), c == c, c != c, c.__eq__(1), c.__ne__(c), c.__lt__(c))
print(C.__eq__ is object.__eq__, C.__str__ is object.__str__)
print(object.__hash__(c) == hash(c))
print(c.__reduce_ex__ is not None, type(c.__sizeof__()).__name__)
