# Cell 34 of the Python fundamentals lesson (seed 000, line 413).
# `break` from a for loop
veggies = ["carrots", "broccoli", "beans"]
for veggie in veggies:
    if veggie == "broccoli":
        break
    print (veggie)
