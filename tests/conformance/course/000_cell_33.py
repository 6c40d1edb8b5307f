# Cell 33 of the Python fundamentals lesson (seed 000, line 400).
# For loop
veggies = ["carrots", "broccoli", "beans"]
for veggie in veggies:
    print (veggie)
