# Cell 41 of the Python fundamentals lesson (seed 000, line 531).
# Setup: cell 40, whose state this cell uses.

# --- cell 40 ---
# Define the function
def add_two(x):
    """Increase x by 2."""
    x += 2
    return x

# --- cell 41 ---
# Use the function
score = 0
new_score = add_two(x=score)
print (new_score)
