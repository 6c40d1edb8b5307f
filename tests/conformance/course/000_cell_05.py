# Cell 5 of the Python fundamentals lesson (seed 000, line 62).
# text variable
x = "5"
print (x, type(x))
