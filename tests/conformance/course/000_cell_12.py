# Cell 12 of the Python fundamentals lesson (seed 000, line 135).
# Setup: cell 10, whose state this cell uses.

# --- cell 10 ---
# Creating a list
x = [3, "hello", 1.2]
print (x)

# --- cell 12 ---
# Adding to a list
x.append(7)
print (x)
print (len(x))
