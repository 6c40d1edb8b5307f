# Generator attributes: gi_running, gi_frame, gi_code, __name__ and __qualname__.
def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running)
print(g.gi_frame is not None)
next(g)
print(g.gi_frame is not None)
list(g)
print(g.gi_frame is None)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
