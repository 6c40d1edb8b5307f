# Left-to-right evaluation order of operands, subscripts and dict displays.
def v(x):
    print("eval", x)
    return x
r = v(1) + v(2) * v(3)
d = {v("k1"): v("v1"), v("k2"): v("v2")}
a = [0, 0, 0]
a[v(0)] = v(9)
print(a)
v([1, 2])[v(1)]
x = v(10) if v(False) else v(20)
print(v("a") < v("b") == v("b"))
v(print)(v("called"))
