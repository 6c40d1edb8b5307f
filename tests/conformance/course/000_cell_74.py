# Cell 74 of the Python fundamentals lesson (seed 000, line 912).
# Setup: cells 71, 72, 73, whose state this cell uses.

# --- cell 71 ---
# Callback
class x_tracker(object):
    def __init__(self, x):
        self.history = []
    def at_start(self, x):
        self.history.append(x)
    def at_end(self, x):
        self.history.append(x)

# --- cell 72 ---
def operations(x, callbacks=[]):
    """Basic operations."""
    for callback in callbacks:
        callback.at_start(x)
    x += 1
    for callback in callbacks:
        callback.at_end(x)
    return x

# --- cell 73 ---
x = 1
tracker = x_tracker(x=x)
operations(x=x, callbacks=[tracker])

# --- cell 74 ---
# The notebook displays this value; a script prints its repr.
print(repr(tracker.history))
