# and/or return an operand; not returns a bool; short-circuit order.
def v(x):
    print("eval", repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "", [] and x)
print(not 0, not [1], not None, not "")
print(v(0) and v(1))
print(v(1) or v(2))
print(v("") or v(0) or v("last"))
print(v(1) and v(2) and v(0) and v(3))
print((1 and 0) or (2 and 3))
x = [] or {} or ()
print(repr(x))
