# Cell 44 of the Python fundamentals lesson (seed 000, line 566).
def f(*args, **kwargs):
    x = args[0]
    y = kwargs.get("y")
    print (f"x: {x}, y: {y}")
