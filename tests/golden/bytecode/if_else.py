# if / elif / else and conditional expressions.
if a:
    f()
elif b:
    g()
else:
    h()
x = y if z else w
if True:
    t()
while 0:
    never()
