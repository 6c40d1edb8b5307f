# TypeError messages for wrong calls of user functions.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(*, x):
    pass
def m(a, /):
    pass
class C:
    def method(self, x):
        pass
calls = ["f()", "f(1)", "f(1, 2, 3)", "f(1, a=1)", "f(1, 2, z=3)", "g()", "g(1)", "g(1, 2, 3)",
         "h(1)", "h(y=1)", "m(a=1)", "C().method()", "C().method(1, 2)", "C.method(1)",
         "f(*1)", "f(**1)", "(lambda: 0)(1)"]
for call in calls:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
