# Positional-only, keyword-only, *args and **kwargs set argument counts and flags.
def f(a, b, /, c, *args, d, **kwargs):
    return a + b + c + d

def nested():
    def inner():
        pass
    return inner
