# Cell 21 of the Python fundamentals lesson (seed 000, line 248).
x = [3, "hello", 1.2]
print (x[:100])
print (len(x[:100]))
