# Cell 32 of the Python fundamentals lesson (seed 000, line 386).
# If statement with a boolean
x = True
if x:
    print ("it worked")
