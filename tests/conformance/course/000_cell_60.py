# Cell 60 of the Python fundamentals lesson (seed 000, line 772).
# Setup: cell 59, whose state this cell uses.

# --- cell 59 ---
def operations(x):
    """Basic operations."""
    x += 1
    return x

# --- cell 60 ---
# The notebook displays this value; a script prints its repr.
print(repr(operations(x=1)))
