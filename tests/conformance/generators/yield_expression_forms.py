# yield as an expression: in assignments, arguments and tuples.
def gen():
    a = yield
    print("a =", a)
    b = (yield 1) + 10
    print("b =", b)
    c = yield a, b
    print("c =", c)
    print((yield), (yield "x"))
g = gen()
print(next(g))
print(g.send("A"))
print(g.send(5))
print(g.send("C"))
print(g.send("first"))
try:
    g.send("second")
except StopIteration:
    print("stopped")
