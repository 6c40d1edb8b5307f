# Calls that leave trailing parameters to their defaults, with __defaults__ replaced
# or removed after the function ran (the interpreter fills defaults in its call path).
def f(a, b=2, c=[3]):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6))
try:
    f()
except TypeError as e:
    print(e)
def g(a, b, c=1): return a + b + c
try:
    g(1)
except TypeError as e:
    print(e)
print(g(1, 2))
f.__defaults__ = (9, 10)
print(f(0))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
class C:
    def m(self, x=4): return x * 2
print(C().m(), C().m(5))
