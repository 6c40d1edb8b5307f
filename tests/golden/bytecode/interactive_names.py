# Names in a module body are LoadName / StoreName; in functions, fast locals and globals.
x = 1
def f(a):
    b = a + x
    return b + len(a)
