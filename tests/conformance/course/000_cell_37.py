# Cell 37 of the Python fundamentals lesson (seed 000, line 458).
# For loop
x = [1, 2, 3, 4, 5]
y = []
for item in x:
    if item > 2:
        y.append(item)
print (y)
