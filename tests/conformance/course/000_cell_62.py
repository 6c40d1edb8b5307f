# Cell 62 of the Python fundamentals lesson (seed 000, line 788).
# Setup: cell 61, whose state this cell uses.

# --- cell 61 ---
def operations(x):
    """Basic operations."""
    x += 1
    x += 1
    x += 1
    return x

# --- cell 62 ---
# The notebook displays this value; a script prints its repr.
print(repr(operations(x=1)))
