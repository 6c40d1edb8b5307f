# del of every target kind.
del a
del a.b, c[0], d[1:2]
del (e, [f, g])
def h(x):
    del x
