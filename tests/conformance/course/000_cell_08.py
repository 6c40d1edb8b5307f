# Cell 8 of the Python fundamentals lesson (seed 000, line 92).
# int variables
a = 5
b = 3
print (a + b)
