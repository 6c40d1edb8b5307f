# Cell 6 of the Python fundamentals lesson (seed 000, line 70).
# boolean variable
x = True
print (x, type(x))
