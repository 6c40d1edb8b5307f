# __call__ makes instances callable, including via classes used as decorators.
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@Counter
def greet(name):
    return "hi " + name
print(greet("a"), greet("b"), greet.calls)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
print(list(map(Multiplier(3), [1, 2])), callable(Multiplier(1)))
