# `and` / `or` keep the deciding value; in a test they become jumps.
x = a and b or c
if a and (b or not c):
    pass
y = not a
