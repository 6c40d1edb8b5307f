# The conditional expression only evaluates the chosen branch.
def v(x):
    print("eval", x)
    return x
print(v("yes") if v(True) else v("no"))
print(v("yes") if v(0) else v("no"))
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
f = lambda n: (n, "even") if n % 2 == 0 else (n, "odd")
print([f(i) for i in range(4)])
print((1 if True else 2) + 10)
