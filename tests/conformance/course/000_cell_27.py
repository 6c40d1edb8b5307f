# Cell 27 of the Python fundamentals lesson (seed 000, line 332).
# Native dict
d = {}
d["a"] = 2
d["c"] = 3
d["b"] = 1
print (d)
