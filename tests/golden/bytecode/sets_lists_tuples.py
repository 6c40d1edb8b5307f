# Displays with starred items, and constant displays built by extension.
a = [1, 2, 3]
b = [x, *y, z]
c = (x, *y)
d = {1, 2, 3}
e = {x, *y}
f = (x, y)
