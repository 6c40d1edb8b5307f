# id() is stable for an object's lifetime and equal ids mean the same object.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), type(id(a)).__name__, id(None) == id(None))
x = object()
ids = {id(x), id(x)}
print(len(ids))
def f():
    return a
print(id(f()) == id(a))
