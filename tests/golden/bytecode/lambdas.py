# Lambdas: None first in the constants (no docstring), the body's value returned.
f = lambda: 0
g = lambda a, *b, c=1, **d: (a, b, c, d)
