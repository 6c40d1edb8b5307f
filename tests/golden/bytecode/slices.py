# Slices build a slice object.
a = b[1:2]
c = b[::2]
d = b[x:y:z]
b[1:] = []
e = b[1, 2:3]
