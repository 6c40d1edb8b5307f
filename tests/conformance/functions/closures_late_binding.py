# Closures see the latest value of captured variables.
def f():
    x = 1
    def get():
        return x
    x = 2
    return get
print(f()())
def loop():
    funcs = []
    for i in range(3):
        def g():
            return i
        funcs.append(g)
    return [fn() for fn in funcs]
print(loop())
def loop_fixed():
    return [(lambda i=i: i)() for i in range(3)]
print(loop_fixed())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1()()()
print(deep())
