# nonlocal rebinds names in the nearest enclosing function scope.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    inc()
    inc()
    return x, get()
print(outer())
def levels():
    a = "outer"
    def middle():
        a = "middle"
        def inner():
            nonlocal a
            a = "inner"
        inner()
        return a
    return middle(), a
print(levels())
def counter():
    count = 0
    def step(n=1):
        nonlocal count
        count += n
        return count
    return step
c = counter()
print(c(), c(), c(10))
