# Simple and compound statements with their exact spans.
import os.path as p, sys
from ..package.module import (a as b, c,)
from . import *
from ... import x
global g1, g2
x = y = z = 1, 2,
x: int
(y): int = 3
a.b[c]: str
x += 1
x //= yield
del a, (b, c), [d], e.f, g[0]
assert x, "message"
raise ValueError("x") from None
for i, (j, *k) in pairs:
    continue
else:
    break
while x:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* Group as g:
    pass
with (open(x) as f, open(y) as g,):
    pass
with a, b as (c, d):
    pass
x = 1; y = 2;
if x: y = 1; z = 2
def f():
    nonlocal_name = 1
    def g():
        nonlocal nonlocal_name
    yield from g()
