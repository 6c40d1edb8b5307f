"""The module docstring becomes __doc__."""

def f():
    "A function docstring is constants[0]."
    return 1

def g():
    return 2
