# Cell 59 of the Python fundamentals lesson (seed 000, line 766).
def operations(x):
    """Basic operations."""
    x += 1
    return x
