# Expressions: operators, calls, subscripts, comprehensions, displays, walrus.
x = not a and b or c and not d
y = a < b <= c != d is not e in f not in g is h
z = -a ** -b * ~c // d % e @ f + g - h << i >> j & k ^ l | m
w = await_ if cond else other
v = (yield)
call(a, *b, c=1, *d, **e, f=2)
call(x for x in y)
s = x[1:2, ::3, 4, *rest]
s = x[:]
s = x[a:b:c]
s = x[()]
s = x[i, j]
s = x[(i, j)]
s = x[*a]
d = {**a, 'b': 1, **{}}
st = {1, *a, 2}
lst = [*a, *b]
t = (1,)
t = ()
t = (1)
g = [x for x in range(10) if x if not x for y in x]
g = {k: v for k, v in items}
g = {x for x in y}
g = (x for x in y)
n = (a := 10) + [b := 2, (c := 3)]
e = ...
e = None, True, False
attr = a.b.c.d(e).f[g].h
chained = a()()()[0][1](2)
parenthesized = ((a))
numbers = 1, 1.5, 1j, 0x10, 1_000, 1e10
strings = "a" "b" """c""", b"d" b"e"
unicode_name = ℌ + ﬁ
continued = 1 + \
    2
