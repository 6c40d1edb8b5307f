# Cell 31 of the Python fundamentals lesson (seed 000, line 371).
# If statement
x = 4
if x < 1:
    score = "low"
elif x <= 4: # elif = else if
    score = "medium"
else:
    score = "high"
print (score)
