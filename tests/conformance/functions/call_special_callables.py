# Classes, instances with __call__, bound methods and builtins are callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5))
bound = [3, 1, 2].copy
print(bound())
method = "a-b".split
print(method("-"))
print(list(map(Adder(1), [1, 2])))
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Adder(1)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
