# f(*args, **kwargs) of a Python function, which the interpreter runs as an inline
# frame: binding, binding errors, generators, recursion and tracebacks through it.
import sys


def target(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, sorted(extra.items()))


args = (1, 5, 6, 7)
kwargs = {"c": 3, "z": 26}
print(target(*args, **kwargs))
print(target(*[1], c=0))
print(target(*range(3), **{"c": 1, "d": 2}))
for bad in ({"c": 1, 5: 2}, {"a": 1, "c": 2}, {}):
    try:
        print(target(*args, **bad))
    except TypeError as error:
        print("TypeError:", error)
try:
    target(*5)
except TypeError as error:
    print("TypeError:", error)


def gen(*items):
    yield from items


print(list(gen(*"abc")))


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(9, c=8))


def depth(n, *rest):
    if n == 0:
        return 0
    return 1 + depth(*(n - 1,), *rest)


print(depth(100))
try:
    depth(sys.getrecursionlimit() + 5)
except RecursionError as error:
    print("RecursionError:", error)


def fails(*args):
    raise ValueError(args)


def caller():
    return fails(*[1, 2])


try:
    caller()
except ValueError as error:
    tb = error.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError:", error, names)
