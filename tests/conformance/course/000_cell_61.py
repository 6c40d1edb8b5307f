# Cell 61 of the Python fundamentals lesson (seed 000, line 780).
def operations(x):
    """Basic operations."""
    x += 1
    x += 1
    x += 1
    return x
