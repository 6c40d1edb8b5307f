# In class bodies only the first iterable sees class variables.
class C:
    a = [1, 2]
    b = [x for x in a]
    try:
        c = [x + y for x in a for y in a]
    except NameError as e:
        message = str(e)
print(C.b, C.message)
