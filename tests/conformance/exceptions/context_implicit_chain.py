# Exceptions raised in handlers chain implicitly; cycles are avoided.
def chain():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise KeyError("last")
try:
    chain()
except KeyError as e:
    c = e
    depth = []
    while c is not None:
        depth.append(type(c).__name__)
        c = c.__context__
    print(depth)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as e:
    print(e.__context__)
