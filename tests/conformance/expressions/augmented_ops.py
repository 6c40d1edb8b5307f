# Every augmented assignment operator on ints.
x = 100
for op in ("+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="):
    y = x
    exec(f"y {op} 3")
    print(op, y)
z = 10.0
z /= 4
print(z)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
