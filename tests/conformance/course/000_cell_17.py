# Cell 17 of the Python fundamentals lesson (seed 000, line 185).
# Setup: cells 15, 16, whose state this cell uses.

# --- cell 15 ---
# Creating a tuple
x = (3.0, "hello") # tuples start and end with ()
print (x)

# --- cell 16 ---
# Adding values to a tuple
x = x + (5.6, 4)
print (x)

# --- cell 17 ---
# Try to change (it won't work and we get an error)
x[0] = 1.2
