# Defaults and keyword-only defaults are evaluated at definition time.
def f(a, b=1, *, c, d=2, **rest):
    pass
g = lambda x=1, *, y=2: x + y
