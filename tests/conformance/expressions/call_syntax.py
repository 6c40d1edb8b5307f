# Call forms: positional, keyword, unpacking, and argument evaluation order.
def show(*args, **kwargs):
    print(args, kwargs)
def v(x):
    print("eval", x)
    return x
show(v(1), v(2), k=v(3), **{"m": v(4)})
show(*[v(5)], v(6), *(v(7),), j=v(8))
show(1, *[], **{})
show(a=1, *[2, 3])
show(**{"a": 1}, b=2, **{"c": 3})
