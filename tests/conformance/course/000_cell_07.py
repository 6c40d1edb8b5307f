# Cell 7 of the Python fundamentals lesson (seed 000, line 79).
# Variables can be used with each other
a = 1
b = 2
c = a + b
print (c)
