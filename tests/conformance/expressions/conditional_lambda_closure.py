# Closures created in expressions capture variables, not values.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
def make(n):
    return lambda x: x * n
doubled = make(2)
tripled = make(3)
print(doubled(5), tripled(5))
compose = lambda f, g: lambda x: f(g(x))
print(compose(doubled, tripled)(1))
