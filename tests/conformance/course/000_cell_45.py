# Cell 45 of the Python fundamentals lesson (seed 000, line 572).
# Setup: cell 44, whose state this cell uses.

# --- cell 44 ---
def f(*args, **kwargs):
    x = args[0]
    y = kwargs.get("y")
    print (f"x: {x}, y: {y}")

# --- cell 45 ---
f(5, y=2)
