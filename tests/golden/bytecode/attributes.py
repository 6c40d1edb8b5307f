# Attribute loads, stores and deletes, and positions of multi-line attributes.
a.b
a.b.c = 1
del a.b
value = (a
    .b
    .c)
