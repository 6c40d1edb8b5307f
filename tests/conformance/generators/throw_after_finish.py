# throw() and send() on finished generators.
def gen():
    yield 1
g = gen()
list(g)
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    g.send(None)
except StopIteration:
    print("StopIteration on send")
def returns_after_throw():
    try:
        yield 1
    except ValueError:
        return "handled and returned"
h = returns_after_throw()
next(h)
try:
    h.throw(ValueError)
except StopIteration as e:
    print(e.value)
