# Cell 4 of the Python fundamentals lesson (seed 000, line 54).
# float variable
x = 5.0
print (x, type(x))
