# Cell 1 of the Python fundamentals lesson (seed 000, line 20).
# Integer variable
x = 5
print (x)
print (type(x))
