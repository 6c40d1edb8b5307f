# Comprehension variables do not leak; the first iterable is evaluated outside.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]
print(g())
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
print(C.doubled)
def order():
    def src():
        print("first iterable evaluated")
        return range(2)
    return [(a, b) for a in src() for b in range(2)]
print(order())
