# Cell 38 of the Python fundamentals lesson (seed 000, line 475).
# Setup: cell 37, whose state this cell uses.

# --- cell 37 ---
# For loop
x = [1, 2, 3, 4, 5]
y = []
for item in x:
    if item > 2:
        y.append(item)
print (y)

# --- cell 38 ---
# List comprehension
y = [item for item in x if item > 2]
print (y)
