# locals() inside functions, comprehensions and at module level.
def f(x):
    y = x * 2
    return sorted(locals().items())
print(f(3))
def with_closure():
    outer = "o"
    def inner():
        inner_local = 1
        return sorted(locals())
    def uses_outer():
        return sorted(locals()), outer
    return inner(), uses_outer()
print(with_closure())
print(locals() is globals())
def comp():
    return [sorted(locals()) for item in range(1)]
print(comp())
