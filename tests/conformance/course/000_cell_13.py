# Cell 13 of the Python fundamentals lesson (seed 000, line 146).
# Setup: cells 10, 12, whose state this cell uses.

# --- cell 10 ---
# Creating a list
x = [3, "hello", 1.2]
print (x)

# --- cell 12 ---
# Adding to a list
x.append(7)
print (x)
print (len(x))

# --- cell 13 ---
# Replacing items in a list
x[1] = "bye"
print (x)
