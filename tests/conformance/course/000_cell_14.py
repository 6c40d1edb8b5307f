# Cell 14 of the Python fundamentals lesson (seed 000, line 155).
# Setup: cells 10, 12, 13, whose state this cell uses.

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

# --- cell 14 ---
# Operations
y = [2.4, "world"]
z = x + y
print (z)
