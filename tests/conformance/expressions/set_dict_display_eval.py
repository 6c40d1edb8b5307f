# Displays evaluate elements left to right; later duplicate keys win but keep first position.
def v(x):
    print("eval", x)
    return x
s = {v(1), v(2), v(1)}
print(s)
d = {v("a"): v(1), v("b"): v(2), v("a"): v(3)}
print(d)
print({**{"x": 1}, "x": 2, **{"y": 3}})
print({1: "int", 1.0: "float"}, {True: "bool", 1: "int"})
