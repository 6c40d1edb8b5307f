# Cell 3 of the Python fundamentals lesson (seed 000, line 46).
# int variable
x = 5
print (x, type(x))
