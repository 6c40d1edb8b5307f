# UnpackEx for starred targets in for loops and with statements.
for a, *b in items:
    pass
with open(name) as (x, *y):
    pass
