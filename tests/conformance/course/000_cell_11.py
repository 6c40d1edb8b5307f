# Cell 11 of the Python fundamentals lesson (seed 000, line 127).
# Setup: cell 10, whose state this cell uses.

# --- cell 10 ---
# Creating a list
x = [3, "hello", 1.2]
print (x)

# --- cell 11 ---
# Length of a list
# The notebook displays this value; a script prints its repr.
print(repr(len(x)))
