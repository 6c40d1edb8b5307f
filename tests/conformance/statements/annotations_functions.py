# Function annotations are stored in __annotations__ in declaration order.
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f.__annotations__)
print(f(1))
def g(x, y):
    pass
print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
def h(n: 1 + 2) -> [1, 2]:
    pass
print(h.__annotations__)
