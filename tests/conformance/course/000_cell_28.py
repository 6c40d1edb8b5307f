# Cell 28 of the Python fundamentals lesson (seed 000, line 345).
# Setup: cell 27, whose state this cell uses.

# --- cell 27 ---
# Native dict
d = {}
d["a"] = 2
d["c"] = 3
d["b"] = 1
print (d)

# --- cell 28 ---
# Dictionary items
print (d.items())
