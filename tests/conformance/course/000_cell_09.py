# Cell 9 of the Python fundamentals lesson (seed 000, line 104).
# string variables
a = "5"
b = "3"
print (a + b)
