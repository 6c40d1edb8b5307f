# Cell 36 of the Python fundamentals lesson (seed 000, line 441).
# While loop
x = 3
while x > 0:
    x -= 1 # same as x = x - 1
    print (x)
