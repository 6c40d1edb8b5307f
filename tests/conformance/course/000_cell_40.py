# Cell 40 of the Python fundamentals lesson (seed 000, line 518).
# Define the function
def add_two(x):
    """Increase x by 2."""
    x += 2
    return x
