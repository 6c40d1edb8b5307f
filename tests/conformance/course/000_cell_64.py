# Cell 64 of the Python fundamentals lesson (seed 000, line 821).
# Setup: cell 63, whose state this cell uses.

# --- cell 63 ---
# Decorator
def add(f):
    def wrapper(*args, **kwargs):
        """Wrapper function for @add."""
        x = kwargs.pop("x") # .get() if not altering x
        x += 1 # executes before function f
        x = f(*args, **kwargs, x=x)
        x += 1 # executes after function f
        return x
    return wrapper

# --- cell 64 ---
@add
def operations(x):
    """Basic operations."""
    x += 1
    return x
