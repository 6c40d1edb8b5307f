# Docstrings of functions, classes and lambdas.
def f():
    """First line.

    More detail.
    """
print(repr(f.__doc__))
def g():
    'single quoted'
    return 1
print(g.__doc__, (lambda: 0).__doc__)
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(C.__doc__, C.m.__doc__, C().m.__doc__)
def h():
    f"not a docstring {1}"
print(h.__doc__)
