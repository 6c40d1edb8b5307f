# Cell 10 of the Python fundamentals lesson (seed 000, line 119).
# Creating a list
x = [3, "hello", 1.2]
print (x)
