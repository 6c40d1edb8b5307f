# Nested function definitions are created on each call of the outer function.
def outer(n):
    def inner():
        return n
    return inner
a = outer(1)
b = outer(2)
print(a(), b(), a is b, a.__code__ is b.__code__, a.__qualname__)
def builder():
    def step1():
        return step2()
    def step2():
        return "step2"
    return step1()
print(builder())
