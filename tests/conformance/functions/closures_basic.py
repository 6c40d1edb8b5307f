# Closures capture cells shared between inner functions.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return inc, peek
inc, peek = make_counter()
inc()
inc()
print(peek())
inc2, peek2 = make_counter()
print(inc2(), peek())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
def no_closure():
    return 1
print(no_closure.__closure__)
