# Cell 15 of the Python fundamentals lesson (seed 000, line 167).
# Creating a tuple
x = (3.0, "hello") # tuples start and end with ()
print (x)
