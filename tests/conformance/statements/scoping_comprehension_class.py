# Comprehensions in class bodies cannot see class variables except the first iterable.
class C:
    n = 3
    items = [i for i in range(n)]
    try:
        doubled = [n * i for i in range(2)]
    except NameError as e:
        error = str(e)
print(C.items, C.error)
