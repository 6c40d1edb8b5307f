# Cell 16 of the Python fundamentals lesson (seed 000, line 176).
# Setup: cell 15, whose state this cell uses.

# --- cell 15 ---
# Creating a tuple
x = (3.0, "hello") # tuples start and end with ()
print (x)

# --- cell 16 ---
# Adding values to a tuple
x = x + (5.6, 4)
print (x)
