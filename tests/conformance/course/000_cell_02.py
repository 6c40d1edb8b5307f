# Cell 2 of the Python fundamentals lesson (seed 000, line 35).
# String variable
x = "hello"
print (x)
print (type(x))
